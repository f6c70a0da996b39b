namespace CityCrm.Channels.Email.Templates;

/// <summary>The templates offered for a conversation, in its language.</summary>
public sealed record ReplyTemplateListDto(string Language, IReadOnlyList<ReplyTemplateDto> Templates);
