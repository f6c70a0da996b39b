using CityCrm.Channels.Meta.Tests.Support;

namespace CityCrm.Channels.Meta.Tests.Host;

/// <summary>An agent typing in a Messenger conversation, through the agent hub, shows as Messenger's typing_on sender action.</summary>
[Collection(MetaHostCollection.Name)]
public sealed class AgentTypingTests(MetaHostFactory host)
{
    [Fact]
    public async Task Typing_AssignedAgentOnMessenger_SendsTypingOnWithThePagesToken()
    {
        var psid = host.NewId("");
        await new MetaWebhookPoster(host.CreateClient()).PostAsync(Captured.MessengerText(host, psid, "Can someone help me with a permit?"));
        var conversation = await Eventually.FindAsync(() => host.ConversationAsync(TestMeta.MessengerInbox, psid));
        await using var console = await StaffConsole.SignInAsync(host);
        await console.HandOffAndTakeAsync(conversation.Id);

        await console.TypingAsync(conversation.Id);

        var typing = await Eventually.FindAsync(() => host.Graph.Received.FirstOrDefault(r => r.To == psid && r.Body?["sender_action"] is not null));
        Assert.Equal((200, $"/{TestMeta.GraphVersion}/me/messages", $"Bearer {TestMeta.PageToken}"), (typing.Status, typing.Path, typing.Authorization));
        Assert.Equal("typing_on", (string?)typing.Body!["sender_action"]);
    }
}
