using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CityCrm.CaseCore;
using CityCrm.CaseCore.Duplicates;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.City311.Tests.Bot;

/// <summary>
/// Reports through Direct Line on the real host (SQLite, the demo catalogue and city limits): a place shared from
/// Web Chat, then a second resident at the same spot offered the first report to follow.
/// </summary>
public sealed class IntakeDirectLineTests(CityAppFactory factory) : IClassFixture<CityAppFactory>
{
    [Fact]
    public async Task Report_SharedPlaceThenSameSpotAgain_SecondResidentFollowsTheFirstReport()
    {
        var first = await ResidentChat.OpenAsync(factory);
        Assert.Contains("Where is it?", Text(await first.SayAsync("there is a pothole")));
        var updates = await first.SendAsync(Placed("corner of Tremont and Park", 42.3564, -71.0622));
        Assert.StartsWith("How would you like to hear about this request?", Text(updates));
        Assert.Equal("What email address should we send the updates to?", Text(await first.SayAsync("By email")));
        var opened = Text(await first.SayAsync("my email is Ana.Reyes@Example.org"));
        var reference = System.Text.RegularExpressions.Regex.Match(opened, @"R-\d{6}").Value;
        var filed = await factory.Services.GetRequiredService<ICaseService>().FindAsync(reference, CancellationToken.None);
        Assert.Equal(new GeoPoint(42.3564, -71.0622), filed!.Point);

        var second = await ResidentChat.OpenAsync(factory);
        await second.SayAsync("there is a pothole");
        var offer = await second.SendAsync(Placed("right here by the park", 42.3566, -71.0622));
        Assert.StartsWith($"This may already be reported: request {reference} (Pothole)", Text(offer));
        var following = Text(await second.SayAsync("Follow that request"));

        Assert.Contains($"you're following request {reference}", following);
        var followers = await factory.Services.GetRequiredService<ICaseFollowers>().ListAsync(reference, CancellationToken.None);
        Assert.Equal([FollowerKind.Reporter, FollowerKind.Follower], followers.Select(f => f.Kind));
        Assert.Equal((UpdatePreference.Email, "email"), (followers[0].Updates, followers[0].Channel));
        var identity = Assert.Single(await factory.Services.GetRequiredService<CityCrm.Conversations.Model.IConversationStore>()
            .FindIdentitiesAsync("ana.reyes@example.org", CancellationToken.None));
        Assert.Equal(filed.ContactId, identity.ContactId);
        Assert.Equal("there is a pothole", followers[1].Note);
    }

    [Fact]
    public async Task Close_ReporterWantsNoUpdatesAndAnotherFollows_OnlyTheFollowerIsTold()
    {
        var first = await ResidentChat.OpenAsync(factory);
        await first.SayAsync("there is a pothole");
        await first.SendAsync(Placed("outside the library", 42.3391, -71.0805));
        var reference = System.Text.RegularExpressions.Regex.Match(Text(await first.SayAsync("No updates")), @"R-\d{6}").Value;
        var second = await ResidentChat.OpenAsync(factory);
        await second.SayAsync("there is a pothole");
        await second.SendAsync(Placed("by the library steps", 42.3392, -71.0805));
        Assert.Contains($"you're following request {reference}", Text(await second.SayAsync("Follow that request")));
        using var agent = await StaffClient.SignInAsync(factory, StaffClient.Agent, StaffClient.AgentPassword);

        var closed = await agent.PostAsJsonAsync($"/api/agent/cases/{reference}/close", new { note = "Filled with hot asphalt", notify = true });

        Assert.True(closed.IsSuccessStatusCode, await closed.Content.ReadAsStringAsync());
        var notice = Text(await second.NextBotReplyAsync());
        Assert.Contains(reference, notice);
        Assert.Contains("Filled with hot asphalt", notice);
        var body = await closed.Content.ReadAsStringAsync();
        Assert.Contains("asked for no updates", body);
        Assert.Contains("following it told: 1", body);
        var filed = await factory.Services.GetRequiredService<ICaseService>().FindAsync(reference, CancellationToken.None);
        var firstMessages = await factory.Services.GetRequiredService<CityCrm.Conversations.Model.IConversationStore>()
            .GetMessagesAsync(filed!.ConversationId!, 0, 500, CancellationToken.None);
        Assert.DoesNotContain(firstMessages, m => m.Text?.Contains("Filled with hot asphalt", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Report_PlaceSharedOutsideTheCity_AskedForAPlaceInTheCity()
    {
        var chat = await ResidentChat.OpenAsync(factory);
        await chat.SayAsync("there is a pothole");

        var reply = Text(await chat.SendAsync(Placed("my cousin's street", 41.8781, -87.6298)));

        Assert.Contains("outside the City of Riverton", reply);
        Assert.Contains("Where is it?", reply);
    }

    private static string Text(JsonNode activity) => activity["text"]!.GetValue<string>();

    // What Web Chat posts when the resident shares where they are: a schema.org Place with its coordinates.
    private static string Placed(string text, double latitude, double longitude) => JsonSerializer.Serialize(new
    {
        type = "message",
        from = new { id = "whoever", role = "user" },
        text,
        entities = new[] { new { type = "Place", geo = new { type = "GeoCoordinates", latitude, longitude } } },
    });
}
