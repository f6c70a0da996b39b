using System.Text.Json.Serialization;

namespace CityCrm.Channels.Twilio.Rest;

/// <summary>One page of Twilio's Message list: the messages, newest first, and the next page's URI (null on the last).</summary>
internal sealed record TwilioMessagePage(
    [property: JsonPropertyName("messages")] IReadOnlyList<TwilioListedMessage>? Messages,
    [property: JsonPropertyName("next_page_uri")] string? NextPageUri);
