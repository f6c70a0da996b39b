using System.Net;
using System.Net.Http.Json;
using CityCrm.CaseCore;
using CityCrm.Conversations.Audit;
using CityCrm.Conversations.Model;
using CityCrm.Open311.Tests.Support;

namespace CityCrm.Open311.Tests;

/// <summary>A request filed through Open311 is the same case agents see, with its answers and a contact behind it.</summary>
public abstract class PostRequestTests(Open311AppFactory factory)
{
    [Fact]
    public async Task PostRequest_ValidForm_CaseIsSeenThroughTheAgentApi()
    {
        var (reference, _) = await Open311Calls.CreateAsync(factory.CreateClient(), Open311Calls.ValidPothole("agent-sees@example.org"));
        var staff = factory.CreateClient();
        Assert.Equal(HttpStatusCode.NoContent,
            (await staff.PostAsJsonAsync("/api/auth/login", new { userName = "agent", password = "riverton311" })).StatusCode);

        var seen = await Open311Calls.JsonAsync(staff, $"/api/agent/cases/{reference}");

        Assert.Equal(reference, seen["reference"]!.GetValue<string>());
        Assert.Equal(TestCatalog.Pothole, seen["serviceCode"]!.GetValue<string>());
        Assert.Equal("Deep pothole in the right lane.", seen["description"]!.GetValue<string>());
        Assert.Equal("185 Kneeland St", seen["location"]!.GetValue<string>());
        Assert.Equal("open311", seen["channel"]!.GetValue<string>());
    }

    [Fact]
    public async Task PostRequest_ValidForm_StoresAnswersPositionAndMedia()
    {
        var (reference, _) = await Open311Calls.CreateAsync(factory.CreateClient(), Open311Calls.ValidPothole("stored@example.org"));

        var stored = await factory.Get<ICaseService>().FindAsync(reference, CancellationToken.None);

        Assert.NotNull(stored);
        Assert.Equal(["STREE001"], stored.Attributes["WHISPOLO"]);
        Assert.Equal(["YES001"], stored.Attributes["ISITHAZA"]);
        Assert.Equal(new GeoPoint(42.3487, -71.0578), stored.Point);
        Assert.Equal(["https://photos.example.org/pothole.jpg"], stored.Media);
    }

    [Fact]
    public async Task PostRequest_MultiValueAttribute_StoresEveryValue()
    {
        var (reference, _) = await Open311Calls.CreateAsync(factory.CreateClient(),
        [
            ("api_key", Open311AppFactory.ApiKey), ("service_code", TestCatalog.Dumping), ("address_string", "12 Elm St"),
            ("attribute[ITEMS][]", "TIRES"), ("attribute[ITEMS][]", "Mattress"), ("attribute[COUNT]", "3"),
            ("attribute[SEEN]", "2026-11-20T07:30:00-05:00"), ("phone", "+1 555 555 0177"),
        ]);

        var stored = await factory.Get<ICaseService>().FindAsync(reference, CancellationToken.None);

        Assert.NotNull(stored);
        Assert.Equal(["TIRES", "MATTRESS"], stored.Attributes["ITEMS"]);
        Assert.Equal(["3"], stored.Attributes["COUNT"]);
        Assert.Equal(["2026-11-20T07:30:00-05:00"], stored.Attributes["SEEN"]);
    }

    [Fact]
    public async Task PostRequest_EmailOfKnownContact_FilesUnderThatContact()
    {
        var store = factory.Get<IConversationStore>();
        var known = await store.GetOrCreateContactAsync("email", "known@example.org", "Known Resident", CancellationToken.None);

        var (reference, _) = await Open311Calls.CreateAsync(factory.CreateClient(), Open311Calls.ValidPothole("Known@Example.org"));

        var mine = await factory.Get<CaseService>().ListForContactAsync(known.Id, CancellationToken.None);
        Assert.Contains(mine, c => c.Reference == reference);
    }

    [Fact]
    public async Task PostRequest_PhoneOfTextingContact_FilesUnderThatContact()
    {
        var store = factory.Get<IConversationStore>();
        var known = await store.GetOrCreateContactAsync("sms", "+15555550123", null, CancellationToken.None);
        var fields = Open311Calls.ValidPothole("x@example.org").Where(f => f.Item1 != "email").Append(("phone", "(555) 555-0123"));

        var (reference, _) = await Open311Calls.CreateAsync(factory.CreateClient(), fields);

        var found = await factory.Get<ICaseService>().FindForRequesterAsync(reference, known.Id, CancellationToken.None);
        Assert.NotNull(found);
    }

    [Fact]
    public async Task PostRequest_NewEmail_CreatesContactOnTheOpen311Inbox()
    {
        var (reference, _) = await Open311Calls.CreateAsync(factory.CreateClient(), Open311Calls.ValidPothole("new.person@example.org"));

        var store = factory.Get<IConversationStore>();
        var identities = await store.FindIdentitiesAsync("new.person@example.org", CancellationToken.None);
        // The same person is also reachable on the email inbox, where status notices go.
        var identity = Assert.Single(identities, i => i.InboxId == "open311");
        Assert.All(identities, i => Assert.Equal(identity.ContactId, i.ContactId));
        var contact = await store.GetContactAsync(identity.ContactId, CancellationToken.None);

        Assert.Equal("Ana Lima", contact?.DisplayName);
        Assert.NotNull(await factory.Get<ICaseService>().FindForRequesterAsync(reference, identity.ContactId, CancellationToken.None));
    }

    [Fact]
    public async Task PostRequest_ValidForm_RecordsTheKeyNameAsActor()
    {
        var (reference, _) = await Open311Calls.CreateAsync(factory.CreateClient(), Open311Calls.ValidPothole("actor@example.org"));

        var records = await factory.Get<IAuditLog>().ListAsync(null, 500, CancellationToken.None);

        var record = Assert.Single(records, r => r.Arguments == reference);
        Assert.Equal($"open311:{Open311AppFactory.ClientName}", record.Actor);
        Assert.Equal("open311.request.create", record.Action);
    }

    [Fact]
    public async Task PostRequest_WithoutDescription_UsesTheServiceName()
    {
        var fields = Open311Calls.ValidPothole("nodescription@example.org").Where(f => f.Item1 != "description");

        var (reference, _) = await Open311Calls.CreateAsync(factory.CreateClient(), fields);

        var request = (await Open311Calls.JsonAsync(factory.CreateClient(), $"/open311/v2/requests/{reference}.json")).AsArray().Single()!;
        Assert.Equal("Pothole", request["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetRequest_ClosedByAnAgent_ReadsClosedWithTheResolutionAsNotes()
    {
        var (reference, _) = await Open311Calls.CreateAsync(factory.CreateClient(), Open311Calls.ValidPothole("closed@example.org"));
        await factory.Get<ICaseWorkflow>().CloseAsync(reference, "agent", "Crew filled the pothole.", CancellationToken.None);

        var request = (await Open311Calls.JsonAsync(factory.CreateClient(), $"/open311/v2/requests/{reference}.json")).AsArray().Single()!;

        Assert.Equal("closed", request["status"]!.GetValue<string>());
        Assert.Equal("Crew filled the pothole.", request["status_notes"]!.GetValue<string>());
        Assert.Equal("Public Works - Streets Division", request["agency_responsible"]!.GetValue<string>());
        Assert.Equal(System.Text.Json.JsonValueKind.Number, request["lat"]!.GetValueKind());
    }
}
