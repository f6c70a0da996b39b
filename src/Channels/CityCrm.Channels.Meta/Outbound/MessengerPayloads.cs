using System.Text.Json.Nodes;
using CityCrm.Channels.Schema;

namespace CityCrm.Channels.Meta.Outbound;

/// <summary>
/// Pure construction of Messenger Send API requests. The bot's answers become quick replies when Messenger's limits
/// allow (at most 13, titles of at most 20 characters); otherwise a numbered list in the text.
/// </summary>
public static class MessengerPayloads
{
    public const int MaxQuickReplies = 13;
    public const int MaxQuickReplyTitle = 20;

    /// <summary>A message inside the 24-hour window, answering the resident.</summary>
    public const string Response = "RESPONSE";

    /// <summary>A tagged message outside the window.</summary>
    public const string MessageTag = "MESSAGE_TAG";

    /// <summary>The tag for a person's reply within seven days of the resident's last message.</summary>
    public const string HumanAgentTag = "HUMAN_AGENT";

    public static JsonObject ForActivity(string recipientId, Activity activity, string messagingType, string? tag = null)
    {
        var text = ReplyOptions.TextWithLinks(activity);
        var answers = ReplyOptions.Answers(activity);
        var message = new JsonObject();
        if (answers.Count is > 0 and <= MaxQuickReplies && answers.All(a => a.Length <= MaxQuickReplyTitle))
        {
            message["text"] = text;
            message["quick_replies"] = new JsonArray(answers.Select(a => (JsonNode)new JsonObject
            {
                ["content_type"] = "text",
                ["title"] = a,
                ["payload"] = a,
            }).ToArray());
        }
        else
        {
            message["text"] = ReplyOptions.Numbered(text, answers);
        }
        var request = new JsonObject
        {
            ["recipient"] = new JsonObject { ["id"] = recipientId },
            ["messaging_type"] = messagingType,
        };
        if (tag is not null)
            request["tag"] = tag;
        request["message"] = message;
        return request;
    }
}
