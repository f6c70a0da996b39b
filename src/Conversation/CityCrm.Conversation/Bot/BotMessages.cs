namespace CityCrm.Conversations.Bot;

/// <summary>
/// What the bot says, editable by the city without a code change (bots/City311/messages/en.json,
/// section "BotMessages"). Texts are Semantic Kernel templates: <c>{{$reference}}</c> inserts a value.
/// </summary>
public sealed class BotMessages
{
    public string Greeting { get; set; } = "";
    public string Answer { get; set; } = "";
    public string Clarify { get; set; } = "";
    public string NotSure { get; set; } = "";
    public string Handoff { get; set; } = "";
    public string AskReport { get; set; } = "";
    public string AskLocation { get; set; } = "";
    public string CaseOpened { get; set; } = "";
    public string CaseStatus { get; set; } = "";
    public string CaseNotFound { get; set; } = "";
    public string AskReference { get; set; } = "";
    public string Cancelled { get; set; } = "";
    public string Thanks { get; set; } = "";
    public string NonText { get; set; } = "";
    public string Error { get; set; } = "";
    public string ReadMore { get; set; } = "";
    public string TalkToPerson { get; set; } = "";
    public string ReportProblem { get; set; } = "";
    public string CheckStatus { get; set; } = "";
    public string Helpful { get; set; } = "";
    public string NotHelpful { get; set; } = "";
    public string FeedbackThanks { get; set; } = "";
    public string FeedbackSorry { get; set; } = "";
    public string TextMeSent { get; set; } = "";
    public string TextMeNothing { get; set; } = "";
    public string TextMeOptedOut { get; set; } = "";
    public string TextMeUnavailable { get; set; } = "";
    /// <summary>The text message with an article's link: <c>{{$title}}</c>, <c>{{$url}}</c>, <c>{{$city}}</c>.</summary>
    public string FollowUpArticle { get; set; } = "";
    /// <summary>The text message with a request's reference: <c>{{$reference}}</c>, <c>{{$service}}</c>, <c>{{$location}}</c>, <c>{{$city}}</c>.</summary>
    public string FollowUpCase { get; set; } = "";
    /// <summary>The note in a call's transcript when a voicemail opened a case (case values, as for <see cref="CaseOpened"/>).</summary>
    public string VoicemailCase { get; set; } = "";
    /// <summary>
    /// The notice that staff started work on the resident's request: case values as for <see cref="FollowUpCase"/>, and
    /// <c>{{$note}}</c>, what staff wrote for the resident (may be empty).
    /// </summary>
    public string CaseInProgress { get; set; } = "";
    /// <summary>The notice that the resident's request is closed: values as for <see cref="CaseInProgress"/>, the note being the resolution.</summary>
    public string CaseClosed { get; set; } = "";
    /// <summary>The one-time code sent to a phone number or email to link a chat: <c>{{$code}}</c>, <c>{{$city}}</c>.</summary>
    public string LinkCodeText { get; set; } = "";
    /// <summary>In the chat, after the code was sent: <c>{{$address}}</c>.</summary>
    public string LinkCodeSent { get; set; } = "";
    /// <summary>The chat is linked: <c>{{$address}}</c>.</summary>
    public string LinkDone { get; set; } = "";
    /// <summary>A wrong code: <c>{{$tries}}</c> left.</summary>
    public string LinkWrongCode { get; set; } = "";
    /// <summary>No tries left, or the code expired.</summary>
    public string LinkFailed { get; set; } = "";
    /// <summary>The reply to an email whose file was too large to keep: <c>{{$name}}</c> (the file), <c>{{$limit}}</c> ("10 MB").</summary>
    public string AttachmentTooLarge { get; set; } = "";

    /// <summary>The names of texts that are empty (a missing or incomplete messages file).</summary>
    public IEnumerable<string> Missing() =>
        typeof(BotMessages).GetProperties()
            .Where(p => p.PropertyType == typeof(string) && string.IsNullOrWhiteSpace((string?)p.GetValue(this)))
            .Select(p => p.Name);
}
