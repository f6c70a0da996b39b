namespace CityCrm.Channels.Email.Templates;

/// <summary>A template filled in for one conversation: plain text the agent edits before sending.</summary>
public sealed record RenderedReplyTemplate(string Name, string Language, string Title, string Text);
