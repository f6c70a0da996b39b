namespace CityCrm.Channels.Email.Templates;

/// <summary>Where the reply templates live (the host uses bots/City311/templates/email).</summary>
public sealed class ReplyTemplateOptions
{
    /// <summary>The folder of <c>{name}.{language}.md</c> templates and <c>words.{language}.json</c>.</summary>
    public string Folder { get; set; } = "";
}
