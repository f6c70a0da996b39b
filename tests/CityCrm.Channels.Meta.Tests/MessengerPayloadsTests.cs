using CityCrm.Channels.Meta.Outbound;
using CityCrm.Channels.Meta.Tests.Support;
using CityCrm.Channels.Schema;

namespace CityCrm.Channels.Meta.Tests;

public sealed class MessengerPayloadsTests
{
    [Fact]
    public void ForActivity_Answers_AreQuickRepliesOfTheResponse()
    {
        var activity = new Activity { Text = "Was this helpful?", SuggestedActions = new() { Actions = [CardAction.ImBack("Yes"), CardAction.ImBack("No")] } };

        var body = MessengerPayloads.ForActivity(TestMeta.ResidentPsid, activity, MessengerPayloads.Response);

        Assert.Null(GraphSendRules.Messenger(body));
        Assert.Equal(TestMeta.ResidentPsid, (string?)body["recipient"]!["id"]);
        Assert.Equal("RESPONSE", (string?)body["messaging_type"]);
        Assert.Null(body["tag"]);
        Assert.Equal("Was this helpful?", (string?)body["message"]!["text"]);
        Assert.Equal(["Yes", "No"], body["message"]!["quick_replies"]!.AsArray().Select(q => (string?)q!["title"]));
    }

    [Fact]
    public void ForActivity_TitleTooLong_IsNumberedText()
    {
        var activity = new Activity { Text = "Pick one", SuggestedActions = new() { Actions = [CardAction.ImBack("Report a problem on my street")] } };

        var body = MessengerPayloads.ForActivity(TestMeta.ResidentPsid, activity, MessengerPayloads.Response);

        Assert.Null(body["message"]!["quick_replies"]);
        Assert.Equal("Pick one\n\n1. Report a problem on my street", (string?)body["message"]!["text"]);
    }

    [Fact]
    public void ForActivity_HumanAgentTag_IsATaggedMessage()
    {
        var body = MessengerPayloads.ForActivity(TestMeta.ResidentPsid, new Activity { Text = "Following up." },
            MessengerPayloads.MessageTag, MessengerPayloads.HumanAgentTag);

        Assert.Null(GraphSendRules.Messenger(body));
        Assert.Equal("MESSAGE_TAG", (string?)body["messaging_type"]);
        Assert.Equal("HUMAN_AGENT", (string?)body["tag"]);
    }
}
