using System.Text.Json;
using CityCrm.Channels.DirectLine.Mapping;
using CityCrm.Channels.Schema;
using CityCrm.Conversations.Model;

namespace CityCrm.Channels.Tests.DirectLine;

public sealed class DirectLineActivityMapperTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ToWire_IncomingMessage_CarriesServerIdTimestampConversationAndUserRole()
    {
        var message = Stored(MessageDirection.Incoming, AuthorKind.Contact, new Activity
        {
            Type = "message",
            Text = "hi",
            From = new ChannelAccount("dl_u", "Ada"),
            ChannelData = JsonDocument.Parse("""{"clientActivityID":"c-1"}""").RootElement,
        });

        var wire = DirectLineActivityMapper.ToWire(message, "https://city.example");

        Assert.Equal("conv1|0000003", wire.Id);
        Assert.Equal(message.CreatedAt, wire.Timestamp);
        Assert.Equal("conv1", wire.Conversation?.Id);
        Assert.Equal(new ChannelAccount("dl_u", "Ada", "user"), wire.From);
        Assert.Equal("webchat", wire.ChannelId);
        Assert.Equal("c-1", wire.ClientActivityId);
    }

    [Fact]
    public void ToWire_AgentMessage_IsSentWithBotRole()
    {
        var message = Stored(MessageDirection.Outgoing, AuthorKind.Agent, new Activity
        {
            Type = "message",
            Text = "Hello, this is Sam.",
            From = new ChannelAccount("agent-7", "Sam", "agent"),
        });

        var wire = DirectLineActivityMapper.ToWire(message, null);

        Assert.Equal(new ChannelAccount("agent-7", "Sam", "bot"), wire.From);
    }

    [Fact]
    public void ToWire_RelativeUploadUrl_BecomesAbsoluteAndStoredActivityIsUnchanged()
    {
        var stored = new Activity
        {
            Type = "message",
            Attachments =
            [
                new Attachment { ContentType = "image/png", ContentUrl = "/v3/directline/attachments/conv1/ab/p.png", Name = "p.png" },
                new Attachment { ContentType = "image/png", ContentUrl = "https://cdn.example/x.png" },
            ],
        };
        var message = Stored(MessageDirection.Incoming, AuthorKind.Contact, stored);

        var wire = DirectLineActivityMapper.ToWire(message, "https://city.example");

        Assert.Equal("https://city.example/v3/directline/attachments/conv1/ab/p.png", wire.Attachments![0].ContentUrl);
        Assert.Equal("https://cdn.example/x.png", wire.Attachments[1].ContentUrl);
        Assert.Equal("/v3/directline/attachments/conv1/ab/p.png", stored.Attachments[0].ContentUrl);
        Assert.Null(stored.Id);
    }

    [Theory]
    [InlineData(MessageDirection.Incoming, false, true)]
    [InlineData(MessageDirection.Outgoing, false, true)]
    [InlineData(MessageDirection.Outgoing, true, false)]
    [InlineData(MessageDirection.Activity, false, false)]
    public void IsVisible_ByDirectionAndPrivacy_ShowsOnlyResidentFacingMessages(MessageDirection direction, bool isPrivate, bool visible)
    {
        var message = new Message
        {
            ConversationId = "conv1",
            Direction = direction,
            AuthorKind = AuthorKind.Bot,
            IsPrivate = isPrivate,
            Activity = new Activity { Type = "message" },
            CreatedAt = Now,
        };

        Assert.Equal(visible, DirectLineActivityMapper.IsVisible(message));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("conversationUpdate")]
    [InlineData("invoke")]
    public void ValidateIncoming_MissingOrUnsupportedType_ReturnsReason(string? type)
    {
        Assert.NotNull(DirectLineActivityMapper.ValidateIncoming(new Activity { Type = type }));
    }

    [Theory]
    [InlineData("message")]
    [InlineData("event")]
    [InlineData("typing")]
    public void ValidateIncoming_ClientTypes_ReturnsNull(string type)
    {
        Assert.Null(DirectLineActivityMapper.ValidateIncoming(new Activity { Type = type }));
    }

    [Fact]
    public void ValidateIncoming_OverlongClientActivityId_ReturnsReason()
    {
        var posted = new Activity
        {
            Type = "message",
            ChannelData = JsonSerializer.SerializeToElement(new { clientActivityID = new string('x', 129) }),
        };

        Assert.NotNull(DirectLineActivityMapper.ValidateIncoming(posted));
    }

    [Fact]
    public void NormalizeIncoming_ForgedSenderAndServerFields_AreReplaced()
    {
        var posted = ActivityJson.Deserialize("""
            {"type":"message","id":"client-id","serviceUrl":"https://evil.example","channelId":"sms",
             "from":{"id":"someone-else","name":"  Ada  ","role":"bot"},"conversation":{"id":"other"},
             "timestamp":"2001-01-01T00:00:00Z","text":"hi","locale":"en-US","localTimezone":"America/Chicago",
             "channelData":{"clientActivityID":"c-9"},"suggestedActions":{"actions":[{"type":"imBack","title":"x"}]},
             "entities":[{"type":"ClientCapabilities","requiresBotState":true}],"unknownField":1}
            """)!;

        var stored = DirectLineActivityMapper.NormalizeIncoming(posted, "conv1", "dl_u", null, Now);

        Assert.Equal(new ChannelAccount("dl_u", "Ada", "user"), stored.From);
        Assert.Equal("conv1", stored.Conversation?.Id);
        Assert.Equal("webchat", stored.ChannelId);
        Assert.Equal(Now, stored.Timestamp);
        Assert.Null(stored.Id);
        Assert.Null(stored.ServiceUrl);
        Assert.Null(stored.SuggestedActions);
        Assert.Null(stored.Extra);
        Assert.Equal("c-9", stored.ClientActivityId);
        Assert.Equal(("hi", "en-US", "America/Chicago"), (stored.Text, stored.Locale, stored.LocalTimezone));
        Assert.Equal("ClientCapabilities", Assert.Single(stored.Entities!).Type);
    }

    [Fact]
    public void NormalizeIncoming_AttachmentLinks_KeepsOnlyHttpAndOwnUploads()
    {
        var posted = new Activity
        {
            Type = "message",
            Attachments =
            [
                new Attachment { ContentType = "text/html", ContentUrl = "javascript:alert(1)" },
                new Attachment { ContentType = "image/png", ContentUrl = "https://cdn.example/x.png" },
                new Attachment { ContentType = "image/png", ContentUrl = "/v3/directline/attachments/conv1/ab/p.png" },
                new Attachment { ContentType = "application/vnd.microsoft.card.adaptive", Content = JsonDocument.Parse("{}").RootElement },
            ],
        };

        var stored = DirectLineActivityMapper.NormalizeIncoming(posted, "conv1", "dl_u", null, Now);

        Assert.Equal(["https://cdn.example/x.png", "/v3/directline/attachments/conv1/ab/p.png"], stored.Attachments!.Select(a => a.ContentUrl));
    }

    private static Message Stored(MessageDirection direction, AuthorKind author, Activity activity) => new()
    {
        ConversationId = "conv1",
        Sequence = 3,
        Direction = direction,
        AuthorKind = author,
        AuthorId = activity.From?.Id,
        AuthorName = activity.From?.Name,
        Activity = activity,
        CreatedAt = Now,
    };

    [Theory]
    [InlineData("abc|0000042", 42)]
    [InlineData("abc|0000001", 1)]
    [InlineData("a|b|0000007", 7)]
    public void SequenceOf_WireId_ReturnsTheWatermark(string id, long sequence) =>
        Assert.Equal(sequence, DirectLineActivityMapper.SequenceOf(id));
}
