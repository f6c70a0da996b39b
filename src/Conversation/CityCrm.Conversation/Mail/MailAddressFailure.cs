namespace CityCrm.Conversations.Mail;

/// <summary>Why and since when mail to an address bounces.</summary>
/// <param name="Address">The address, lower case.</param>
/// <param name="FailingSince">The first bounce since the address was last cleared.</param>
/// <param name="Reason">The latest bounce's status and diagnostic ("5.1.1 user unknown").</param>
/// <param name="Count">Bounces since the address was last cleared.</param>
/// <param name="LastAt">The latest bounce.</param>
public sealed record MailAddressFailure(string Address, DateTimeOffset FailingSince, string Reason, int Count, DateTimeOffset LastAt);
