namespace CityCrm.Channels.Email.Templates;

/// <summary>A template as the agent console lists it.</summary>
public sealed record ReplyTemplateDto(string Name, string Title, string Language);
