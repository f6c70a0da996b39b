using CityCrm.CaseCore;

namespace CityCrm.Channels.Email.Templates;

/// <summary>What a conversation offers its reply templates.</summary>
/// <param name="Language">The conversation's language ("en", "es").</param>
/// <param name="ContactName">The resident's name, when known.</param>
/// <param name="Case">The case opened in the conversation, newest, if any.</param>
/// <param name="Articles">The articles the conversation cited (title and absolute or site-relative link), oldest first.</param>
public sealed record ReplyTemplateFacts(string Language, string? ContactName, Case? Case, IReadOnlyList<(string Title, string Url)> Articles);
