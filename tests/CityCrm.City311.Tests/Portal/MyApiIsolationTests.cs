using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;

namespace CityCrm.City311.Tests.Portal;

/// <summary>A resident sees and changes only their own requests, conversations, details and consents, whatever ids they guess.</summary>
public sealed class MyApiIsolationTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task Requests_SignedIn_ListsOnlyTheirOwnWithResidentStatus()
    {
        var ana = await factory.ResidentWithRequestAsync("Streetlight out on Oak Ave");
        var ben = await factory.ResidentWithRequestAsync();
        var client = await factory.SignInAsync(ana);

        var requests = await client.GetFromJsonAsync<JsonElement>("/api/my/requests");

        var only = Assert.Single(requests.EnumerateArray());
        Assert.Equal(ana.Reference, only.GetProperty("reference").GetString());
        Assert.Equal("Streetlight out on Oak Ave", only.GetProperty("description").GetString());
        Assert.Equal("open", only.GetProperty("status").GetString());
        Assert.Equal("reported", only.GetProperty("history")[0].GetProperty("what").GetString());
        Assert.NotEqual(ben.Reference, only.GetProperty("reference").GetString());
    }

    [Fact]
    public async Task Request_AnotherResidentsReference_IsNotFoundLikeOneThatDoesNotExist()
    {
        var ana = await factory.ResidentWithRequestAsync();
        var ben = await factory.ResidentWithRequestAsync();
        var client = await factory.SignInAsync(ana);

        var theirs = await client.GetAsync($"/api/my/requests/{ben.Reference}");
        var missing = await client.GetAsync("/api/my/requests/R-999999");
        var mine = await client.GetAsync($"/api/my/requests/{ana.Reference.ToLowerInvariant()}");

        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
        Assert.Equal("application/problem+json", theirs.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
    }

    [Fact]
    public async Task Conversations_AnotherResidentsConversationId_IsNotFound()
    {
        var ana = await factory.ResidentWithRequestAsync();
        var ben = await factory.ResidentWithRequestAsync();
        var client = await factory.SignInAsync(ana);

        var list = await client.GetFromJsonAsync<JsonElement>("/api/my/conversations");
        var theirs = await client.GetAsync($"/api/my/conversations/{Uri.EscapeDataString(ben.ConversationId)}/messages");

        Assert.Equal([ana.ConversationId], list.EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
    }

    [Fact]
    public async Task Messages_OwnConversation_ShowTheTranscriptWithoutStaffNotes()
    {
        var ana = await factory.ResidentWithRequestAsync();
        await factory.Conversations.ReceiveAsync(new InboundActivity("sms", ana.Phone, ana.ConversationId, Guid.NewGuid().ToString("N"), new()
        {
            Type = "message", ChannelId = "sms", From = new(ana.Phone, null, "user"), Text = "Any news on the pothole?",
        }), CancellationToken.None);
        await factory.Conversations.SendAsync(ana.ConversationId,
            new OutgoingMessage(AuthorKind.Agent, "agent-1", "Alex", "Resident sounds upset; crew booked Tuesday", IsPrivate: true), CancellationToken.None);
        var client = await factory.SignInAsync(ana);

        var messages = await client.GetFromJsonAsync<JsonElement>($"/api/my/conversations/{Uri.EscapeDataString(ana.ConversationId)}/messages");

        var texts = messages.EnumerateArray().Select(m => (m.GetProperty("from").GetString(), m.GetProperty("text").GetString())).ToList();
        Assert.Contains(("you", "Any news on the pothole?"), texts);
        Assert.DoesNotContain(texts, t => t.Item2!.Contains("crew booked", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Profile_EditedByOneResident_LeavesTheOtherUntouched()
    {
        var ana = await factory.ResidentWithRequestAsync();
        var ben = await factory.ResidentWithRequestAsync();
        var anaClient = await factory.SignInAsync(ana);
        var benClient = await factory.SignInAsync(ben);
        var before = await benClient.GetFromJsonAsync<JsonElement>("/api/my/profile");
        var version = (await anaClient.GetFromJsonAsync<JsonElement>("/api/my/profile")).GetProperty("version").GetInt32();

        var edited = await anaClient.PatchAsJsonAsync("/api/my/profile", new { version, givenName = "Ana", language = "es", contactId = ben.ContactId });

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var after = await benClient.GetFromJsonAsync<JsonElement>("/api/my/profile");
        Assert.Equal(before.GetRawText(), after.GetRawText());
        var anaNow = await anaClient.GetFromJsonAsync<JsonElement>("/api/my/profile");
        Assert.Equal(("Ana", "es"), (anaNow.GetProperty("givenName").GetString(), anaNow.GetProperty("language").GetString()));
    }

    [Fact]
    public async Task Consents_OptOutOnThePortal_IsRecordedWithPortalSourceAndTheWordingShownForThatResidentOnly()
    {
        var ana = await factory.ResidentWithRequestAsync();
        var ben = await factory.ResidentWithRequestAsync();
        var anaClient = await factory.SignInAsync(ana);
        var benClient = await factory.SignInAsync(ben);
        var offered = (await anaClient.GetFromJsonAsync<JsonElement>("/api/my/profile?language=es")).GetProperty("consentChoices").EnumerateArray()
            .Single(c => c.GetProperty("channel").GetString() == "sms");

        var response = await anaClient.PostAsJsonAsync("/api/my/consents", new { channel = "sms", topic = "*", optedIn = false, language = "es" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var consent = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("consents").EnumerateArray());
        Assert.Equal(("sms", "*", false, "portal"), (consent.GetProperty("channel").GetString(), consent.GetProperty("topic").GetString(),
            consent.GetProperty("optedIn").GetBoolean(), consent.GetProperty("source").GetString()));
        Assert.Equal(offered.GetProperty("optOutWording").GetString(), consent.GetProperty("wording").GetString());
        Assert.StartsWith("No, la ciudad de Riverton no debe enviarme", consent.GetProperty("wording").GetString());
        Assert.Empty((await benClient.GetFromJsonAsync<JsonElement>("/api/my/profile")).GetProperty("consents").EnumerateArray());
    }
}
