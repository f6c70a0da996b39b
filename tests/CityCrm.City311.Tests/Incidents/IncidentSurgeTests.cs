using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using CityCrm.Channels.Schema;
using CityCrm.City311.Api.Dtos;
using CityCrm.City311.Tests.Bot;
using CityCrm.City311.Tests.Delivery;
using CityCrm.City311.Tests.DirectLine;
using CityCrm.Conversations.Contacts;
using CityCrm.Conversations.Inbound;
using CityCrm.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.City311.Tests.Incidents;

/// <summary>
/// Surge mode end to end: the real bot, cases and outbox, with a stand-in SMS provider. Residents asking about the water
/// main get the pinned message on web chat and by text; their reports join the incident; closing it tells each once.
/// </summary>
public sealed class IncidentSurgeTests(PushedChannelsAppFactory factory) : IClassFixture<PushedChannelsAppFactory>
{
    private async Task TextAsync(string number, string text) =>
        await factory.Conversations.ReceiveAsync(new InboundActivity("sms-main", number, null, Guid.NewGuid().ToString(),
            new Activity { Type = ActivityTypes.Message, Text = text, From = new ChannelAccount(number, null, "user") }), CancellationToken.None);

    private string[] TextsTo(string number) =>
        factory.Sender.Sent.Where(d => d.Address == number).Select(d => d.Activity.Text ?? "").ToArray();

    private Task<string> TextContainingAsync(string number, string part, int count = 1) =>
        Eventually.FindAsync(() => TextsTo(number).Where(t => t.Contains(part, StringComparison.Ordinal)).Skip(count - 1).FirstOrDefault());

    private async Task<ResidentChat> WebChatAsync()
    {
        var client = new DirectLineClient(factory.CreateClient());
        var chat = new ResidentChat(client, await client.StartAsync());
        await chat.NextBotReplyAsync();
        return chat;
    }

    [Fact]
    public async Task Question_AboutTheWaterMain_PinnedMessageOnWebChatAndBySms()
    {
        using var supervisor = await SupervisorClient.SignInAsync(factory.CreateClient());
        var incident = await supervisor.CreateAsync(SupervisorClient.WaterMain("Elm St"));
        var chat = await WebChatAsync();

        var web = (await chat.SayAsync("is the water main on Elm St fixed yet?"))["text"]!.GetValue<string>();
        await TextAsync("+15550701", "is the water main on elm street fixed yet?");
        var sms = await TextContainingAsync("+15550701", "water main break");
        await TextAsync("+15550702", "¿Ya arreglaron la tubería de agua en Elm St?");
        var spanish = await TextContainingAsync("+15550702", "Sabemos");

        Assert.Equal(incident.Pinned.English, web);
        Assert.Equal(incident.Pinned.English, sms);
        Assert.Equal(incident.Pinned.Spanish, spanish);
        await supervisor.CloseAsync(incident.Id, "Repaired.");
    }

    [Fact]
    public async Task Close_ReportersOnSmsAndWebChat_EachToldExactlyOnceOptOutRespected()
    {
        const string twice = "+15550711", once = "+15550712", optedOut = "+15550713";
        const string closing = "The water main on Oak St is repaired and water is back on.";
        using var supervisor = await SupervisorClient.SignInAsync(factory.CreateClient());
        var incident = await supervisor.CreateAsync(SupervisorClient.WaterMain("Oak St"));
        var references = new List<string>();
        foreach (var (number, text, n) in new[]
                 {
                     // Blocks apart (more than the duplicate radius): each is a report of its own, linked to the incident by its street.
                     (twice, "there is a water main break at 12 Oak St", 1), (twice, "there is water gushing at 320 Oak St", 2),
                     (once, "there is a water main break at 620 Oak St", 1), (optedOut, "there is a water main break at 920 Oak St", 1),
                 })
        {
            await TextAsync(number, text);
            references.Add(Regex.Match(await TextContainingAsync(number, "R-", n), @"R-\d{6}").Value);
        }
        var chat = await WebChatAsync();
        Assert.Equal(incident.Pinned.English, (await chat.SayAsync("there is a water main break at 1220 Oak St"))["text"]!.GetValue<string>());
        // Web chat asks how to send updates before filing.
        Assert.StartsWith("How would you like to hear", (await chat.NextBotReplyAsync())["text"]!.GetValue<string>());
        references.Add(Regex.Match((await chat.SayAsync("Here in this chat"))["text"]!.GetValue<string>(), @"R-\d{6}").Value);
        await factory.Services.GetRequiredService<IOptOutRegistry>().RecordAsync(
            new ConsentChange("sms", optedOut, "sms-main", true, "STOP", DateTimeOffset.UtcNow), CancellationToken.None);

        var closed = await supervisor.CloseAsync(incident.Id, closing);
        var again = await supervisor.CloseAsync(incident.Id, closing);
        var retried = (await (await supervisor.Client.PostAsync($"{SupervisorClient.Path}/{incident.Id}/notify", null))
            .Content.ReadFromJsonAsync<CloseIncidentResponse>())!;

        var result = (await closed.Content.ReadFromJsonAsync<CloseIncidentResponse>())!;
        Assert.Equal(references, result.Incident.Cases);
        Assert.Equal(["sent", "sent", "optedOut", "sent"], result.Notifications.Select(n => n.Outcome));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(result.Notifications.Select(n => (n.ContactId, n.Outcome)), retried.Notifications.Select(n => (n.ContactId, n.Outcome)));
        await TextContainingAsync(twice, closing);
        await TextContainingAsync(once, closing);
        var webNotice = await chat.NextBotReplyAsync();
        Assert.Equal(closing, webNotice["text"]!.GetValue<string>());
        // The outbox has had time to send anything else queued: the notices above are each reporter's only ones.
        await TextAsync(once, "thanks");
        await TextContainingAsync(once, "welcome");
        Assert.Single(TextsTo(twice), t => t == closing);
        Assert.Single(TextsTo(once), t => t == closing);
        Assert.DoesNotContain(closing, TextsTo(optedOut));
    }
}
