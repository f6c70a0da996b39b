namespace CityCrm.Channels.Email.Templates;

/// <summary>
/// The words templates fill in that depend on the language (<c>words.{language}.json</c> beside the templates):
/// how a case's status reads, what happens next for each status, and what stands in for missing values.
/// </summary>
public sealed class ReplyTemplateWords
{
    /// <summary>The name used when the contact's is unknown (may be empty).</summary>
    public string Anonymous { get; set; } = "";

    /// <summary>The reference and service when the conversation has no case.</summary>
    public string NoCase { get; set; } = "";

    /// <summary>The article list when the conversation cited none (a template: <c>{{$city}}</c>, <c>{{$kb}}</c>).</summary>
    public string NoArticles { get; set; } = "";

    /// <summary>By case status (Open, InProgress, Closed).</summary>
    public Dictionary<string, string> Status { get; set; } = [];

    /// <summary>By case status, and "None" without a case (templates: <c>{{$department}}</c>, <c>{{$service}}</c>...).</summary>
    public Dictionary<string, string> NextSteps { get; set; } = [];
}
