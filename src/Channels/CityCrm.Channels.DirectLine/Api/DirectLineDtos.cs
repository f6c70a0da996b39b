using System.Text.Json.Serialization;
using CityCrm.Channels.Schema;

namespace CityCrm.Channels.DirectLine.Api;

// The Direct Line 3.0 wire shapes; property names are the protocol's (note "expires_in").

/// <summary>A started or reconnected conversation.</summary>
internal sealed record ConversationResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("streamUrl")] string StreamUrl);

/// <summary>A generated or refreshed token.</summary>
internal sealed record TokenResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);

/// <summary>A token for the resident page, with the user id it is bound to.</summary>
internal sealed record WebChatTokenResponse(
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("userId")] string UserId,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);

/// <summary>The id of a posted activity.</summary>
internal sealed record ResourceResponse([property: JsonPropertyName("id")] string Id);

/// <summary>Activities after a watermark, and the new watermark (polling and WebSocket frames alike).</summary>
internal sealed record ActivitySet(
    [property: JsonPropertyName("activities")] IReadOnlyList<Activity> Activities,
    [property: JsonPropertyName("watermark")] string Watermark);

/// <summary>The optional body of POST /conversations and POST /tokens/generate.</summary>
internal sealed record ConversationParameters(
    [property: JsonPropertyName("user")] ChannelAccount? User,
    [property: JsonPropertyName("locale")] string? Locale);
