namespace CityCrm.Channels.Twilio.Tests.Support;

/// <summary>A message the fake Twilio API created (and would deliver): what its list and the tests read.</summary>
public sealed record CreatedMessage(string AccountSid, string Sid, string To, string From, string Body, int MediaCount, DateTimeOffset CreatedAt);
