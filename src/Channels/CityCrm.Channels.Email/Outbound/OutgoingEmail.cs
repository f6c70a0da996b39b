using MimeKit;

namespace CityCrm.Channels.Email.Outbound;

/// <summary>A reply ready for the SMTP server.</summary>
/// <param name="Message">The MIME message.</param>
/// <param name="MessageId">Its Message-ID, without angle brackets.</param>
/// <param name="Subject">Its subject, as recorded in the thread.</param>
/// <param name="Automatic">Written by the bot (Auto-Submitted: auto-replied), not by an agent.</param>
public sealed record OutgoingEmail(MimeMessage Message, string MessageId, string Subject, bool Automatic);
