using CityCrm.Testing;
using System.Net.Http.Json;
using System.Text.Json;
using CityCrm.Conversations.Contacts.Consent;
using CityCrm.Conversations.Contacts.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.City311.Tests.Outreach;

/// <summary>
/// Broadcasts end to end in the host: planned from a segment once per person (and per household when asked), in each
/// resident's language, throttled per channel, never past an opt-out, held through quiet hours and sent in the morning.
/// Each test has its own host, so the recording sender sees only its texts.
/// </summary>
public sealed class BroadcastSendingTests : IDisposable
{
    private readonly OutreachAppFactory factory = new();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Broadcast_SegmentWithDuplicatesAndAHousehold_EachNumberAndHomeTextedOnceInItsLanguage()
    {
        await factory.ResidentAsync("+13125550201", p => p with { Address = OutreachAppFactory.Address("100 Elm St"), Language = "es" });
        // Not merged yet: a web chat visitor whose profile an agent gave the same number (and language).
        await factory.ResidentAsync("web-visitor-203", p => p with
        {
            Address = OutreachAppFactory.Address("7 Elm St"), Phones = [new ContactPhone("+13125550201", "mobile")], Language = "es",
        }, "web");
        await factory.ResidentAsync("+13125550202", p => p with { Address = OutreachAppFactory.Address("200 Elm St", "Apt 1") });
        await factory.ResidentAsync("+13125550204", p => p with { Address = OutreachAppFactory.Address("200 Elm St", "Apt 1") });
        await factory.ResidentAsync("+13125550205", p => p with { Address = OutreachAppFactory.Address("9 Oak Ave") });
        using var supervisor = await factory.SupervisorAsync();
        var segment = await supervisor.SegmentAsync("Elm Street", new { streets = new[] { "Elm Street" } });

        var preview = await (await supervisor.Client.PostAsJsonAsync($"{OutreachCalls.Api}/segments/preview",
            new { rules = new { streets = new[] { "elm st" } }, householdOnce = true })).Content.ReadFromJsonAsync<JsonElement>();
        var broadcast = await supervisor.BroadcastAsync(segment, new { en = "Elm St is closed Tuesday.", es = "La calle Elm estará cerrada el martes." }, householdOnce: true);
        await factory.SendAllAsync();

        Assert.Equal((2, 4, 1, 1), (preview.GetProperty("count").GetInt32(), preview.GetProperty("matched").GetInt32(),
            preview.GetProperty("sameHousehold").GetInt32(), preview.GetProperty("sameAddress").GetInt32()));
        var report = await supervisor.ReportAsync(broadcast);
        Assert.Equal((2, 2, 0), (report.Count("planned"), report.Count("sent"), report.Count("waiting")));
        await Eventually.FindAsync(() => factory.Sender.Sent.Count >= 2 ? "sent" : null);
        Assert.Equal(2, factory.Sender.Sent.Count);
        Assert.Single(factory.Sender.Sent, d => d.Address == "+13125550201" && d.Activity.Text == "La calle Elm estará cerrada el martes.");
        Assert.Single(factory.Sender.Sent, d => d.Address is "+13125550202" or "+13125550204" && d.Activity.Text == "Elm St is closed Tuesday.");
    }

    [Fact]
    public async Task SendDue_RateOfTwoTextsASecond_WritesTwoPerRoundUntilEveryoneIsSent()
    {
        for (var i = 0; i < 5; i++)
            await factory.ResidentAsync($"+1312555030{i}", p => p with { Tags = ["flood-zone"] });
        using var supervisor = await factory.SupervisorAsync();
        var broadcast = await supervisor.BroadcastAsync(await supervisor.SegmentAsync("Flood zone", new { tags = new[] { "flood-zone" } }), new { en = "Flood watch tonight." });

        var first = await factory.SendDueAsync();
        var afterFirst = await supervisor.ReportAsync(broadcast);
        await factory.SendAllAsync();

        Assert.Equal(TimeSpan.FromSeconds(1), first);
        Assert.Equal((5, 2, 3), (afterFirst.Count("planned"), afterFirst.Count("sent"), afterFirst.Count("waiting")));
        Assert.Equal((5, 0), ((await supervisor.ReportAsync(broadcast)).Count("sent"), (await supervisor.ReportAsync(broadcast)).Count("waiting")));
        Assert.Equal("finished", (await supervisor.Client.GetFromJsonAsync<JsonElement>($"{OutreachCalls.Api}/broadcasts/{broadcast}")).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("*", "*")]
    [InlineData("sms", "*")]
    [InlineData("*", "outreach")]
    [InlineData("*", "outreach:road-closure")]
    public async Task Broadcast_ResidentOptedOut_NothingSentAndCountedAsOptedOut(string channel, string topic)
    {
        var optedOut = await factory.ResidentAsync("+13125550401", p => p with { Tags = ["oak"] });
        await factory.ResidentAsync("+13125550402", p => p with { Tags = ["oak"] });
        await factory.Services.GetRequiredService<IContactConsentStore>().RecordAsync(
            new ConsentRecord(optedOut, channel, topic, false, OutreachAppFactory.Daytime, "phone call", "No more messages."), CancellationToken.None);
        using var supervisor = await factory.SupervisorAsync();
        var broadcast = await supervisor.BroadcastAsync(await supervisor.SegmentAsync("Oak", new { tags = new[] { "oak" } }), new { en = "Oak Ave closed." }, topic: "road-closure");

        await factory.SendAllAsync();

        var report = await supervisor.ReportAsync(broadcast);
        Assert.Equal((2, 1, 1), (report.Count("planned"), report.Count("sent"), report.Count("optedOut")));
        await Eventually.FindAsync(() => factory.Sender.Sent.Any(d => d.Address == "+13125550402") ? "sent" : null);
        Assert.DoesNotContain(factory.Sender.Sent, d => d.Address == "+13125550401");
    }

    [Fact]
    public async Task Broadcast_PlannedDuringQuietHours_HeldUntilEightInTheMorningThenSent()
    {
        await factory.ResidentAsync("+13125550501", p => p with { Tags = ["pine"] });
        // 23:30 in Riverton.
        factory.Clock.Now = new DateTimeOffset(2026, 12, 8, 4, 30, 0, TimeSpan.Zero);
        using var supervisor = await factory.SupervisorAsync();
        var broadcast = await supervisor.BroadcastAsync(await supervisor.SegmentAsync("Pine", new { tags = new[] { "pine" } }), new { en = "Water main work on Pine St." });

        var wait = await factory.SendDueAsync();
        var night = await supervisor.ReportAsync(broadcast);
        factory.Clock.Now = new DateTimeOffset(2026, 12, 8, 13, 0, 0, TimeSpan.Zero);
        await factory.SendAllAsync();
        // The night's sign-in has expired by the morning's clock.
        using var dayShift = await factory.SupervisorAsync();
        var morning = await dayShift.ReportAsync(broadcast);

        Assert.Equal(TimeSpan.FromHours(8.5), wait);
        Assert.Equal((1, 1, 0), (night.Count("waiting"), night.Count("heldForQuietHours"), night.Count("sent")));
        Assert.Equal((0, 0, 1), (morning.Count("waiting"), morning.Count("heldForQuietHours"), morning.Count("sent")));
        await Eventually.FindAsync(() => factory.Sender.Sent.Any(d => d.Address == "+13125550501") ? "sent" : null);
    }
}
