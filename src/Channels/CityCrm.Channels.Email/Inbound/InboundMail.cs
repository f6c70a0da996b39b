using CityCrm.Channels.Schema;

namespace CityCrm.Channels.Email.Inbound;

/// <summary>An email read into our terms: the activity to store, and what threading and storage need beside it.</summary>
/// <param name="Activity">The resident's message (text without quoted history; attachments listed without content).</param>
/// <param name="Address">The sender's address, lower-cased; null when the email names no sender.</param>
/// <param name="DisplayName">The sender's name, when given.</param>
/// <param name="MessageId">The Message-ID without angle brackets; null when the header is missing.</param>
/// <param name="ThreadIds">In-Reply-To, then References newest first: the emails it answers.</param>
/// <param name="Subject">The decoded subject (shortened when absurdly long).</param>
/// <param name="CaseReference">The case reference in the subject ("[#R-100001]"), canonical, or null.</param>
/// <param name="Files">The attached files, in the order of <see cref="Activity.Attachments"/>.</param>
/// <param name="IsAutomatic">Sent by a machine (auto-reply, list, bounce): the bot must not answer.</param>
public sealed record InboundMail(
    Activity Activity,
    string? Address,
    string? DisplayName,
    string? MessageId,
    IReadOnlyList<string> ThreadIds,
    string Subject,
    string? CaseReference,
    IReadOnlyList<MailFile> Files,
    bool IsAutomatic);
