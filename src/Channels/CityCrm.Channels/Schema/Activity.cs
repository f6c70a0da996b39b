using System.Text.Json;
using System.Text.Json.Serialization;

namespace CityCrm.Channels.Schema;

/// <summary>
/// One message or event in a conversation, shaped as the Bot Framework Activity schema so that
/// Direct Line clients read it unchanged; every channel adapter maps its provider payload to it.
/// Properties the service does not model are kept in <see cref="Extra"/> and written back out.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public DateTimeOffset? LocalTimestamp { get; set; }
    public string? LocalTimezone { get; set; }
    public string? ChannelId { get; set; }
    public string? ServiceUrl { get; set; }
    public ChannelAccount? From { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public string? Text { get; set; }
    public string? TextFormat { get; set; }
    public string? Speak { get; set; }
    public string? InputHint { get; set; }
    public string? Locale { get; set; }
    public string? Name { get; set; }
    public string? ReplyToId { get; set; }
    public string? AttachmentLayout { get; set; }
    public List<Attachment>? Attachments { get; set; }
    public List<Entity>? Entities { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }
    public JsonElement? ChannelData { get; set; }
    public JsonElement? Value { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>The client's own id for a posted activity (Web Chat sets channelData.clientActivityID).</summary>
    [JsonIgnore]
    public string? ClientActivityId =>
        ChannelData is { ValueKind: JsonValueKind.Object } cd
        && cd.TryGetProperty("clientActivityID", out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()
            : null;
}
