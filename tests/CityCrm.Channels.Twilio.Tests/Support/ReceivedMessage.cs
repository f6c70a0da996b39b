namespace CityCrm.Channels.Twilio.Tests.Support;

/// <summary>One create-message call as the fake Twilio API received it.</summary>
public sealed record ReceivedMessage(
    string AccountSid, string Authorization, string To, string From, string? Body, IReadOnlyList<string> MediaUrls, string StatusCallback, string ContentType);
