using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CityCrm.Channels.Twilio.Tests.Support;
using CityCrm.Channels.Twilio.Tests.Voice;
using CityCrm.Conversations.Hubs;
using CityCrm.Conversations.Model;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.Channels.Twilio.Tests.EndToEnd;

/// <summary>An agent watching a text conversation hears at once that the resident texted STOP, and can tell from what.</summary>
public sealed class ConsoleConsentTests(OpenLine line) : IClassFixture<OpenLine>
{
    private readonly TwilioWebhookPoster twilio = new(line.CreateClient());

    [Fact]
    public async Task Stop_WhileAnAgentWatches_PushedAsAnOptOutEventAndTheContactShowsOptedOut()
    {
        var (_, resident) = line.NewCall();
        await twilio.PostAsync("/twilio/sms", Journey.Sms(resident, "Hello"));
        var store = line.Services.GetRequiredService<IConversationStore>();
        var contact = await store.GetOrCreateContactAsync(TestAccount.SmsInbox, resident, null, CancellationToken.None);
        var conversation = await Eventually.FindAsync(async () => await store.FindLatestAsync(TestAccount.SmsInbox, contact.Id, CancellationToken.None));
        var (agent, cookie) = await Journey.SignInAgentAsync(line);
        await using var hub = Journey.AgentHub(line, cookie);
        var pushed = new TaskCompletionSource<MessageDto>(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.On<MessageDto>(nameof(IAgentClient.MessageAdded), m =>
        {
            if (m.ConversationId == conversation.Id && m.Event is not null)
                pushed.TrySetResult(m);
        });
        await hub.StartAsync();
        await hub.InvokeAsync("Watch", conversation.Id);

        await twilio.PostAsync("/twilio/sms", Journey.Sms(resident, "STOP"));

        var optOut = await pushed.Task.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal("sms.optout", optOut.Event);
        var history = await agent.GetFromJsonAsync<JsonObject>($"/api/agent/conversations/{conversation.Id}/contact");
        var listed = history!["conversations"]!.AsArray().Single(c => (string?)c!["id"] == conversation.Id);
        Assert.True((bool)listed!["optedOut"]!);
    }
}
