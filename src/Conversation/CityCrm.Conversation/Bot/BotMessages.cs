namespace CityCrm.Conversations.Bot;

/// <summary>
/// What the bot says, editable by the city without a code change (bots/City311/messages/en.json,
/// section "BotMessages"). Texts are Semantic Kernel templates: <c>{{$reference}}</c> inserts a value.
/// </summary>
public sealed partial class BotMessages
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

    // Taking a report. Every question may use {{$choices}}: its answers read out as "1. ..." where the channel shows no buttons.
    /// <summary>Which of the suggested services the report is about (the services are the buttons).</summary>
    public string ConfirmService { get; set; } = "";
    public string NoneOfThese { get; set; } = "";
    /// <summary>No suggestion fitted: describe it in other words, or a person.</summary>
    public string NoServiceMatch { get; set; } = "";
    /// <summary>One of the service's questions: <c>{{$question}}</c>, <c>{{$service}}</c>.</summary>
    public string AskAttribute { get; set; } = "";
    /// <summary>The question again after an answer that did not fit: <c>{{$reason}}</c> (one of the Reason texts), <c>{{$question}}</c>.</summary>
    public string AttributeReask { get; set; } = "";
    /// <summary>A request's status as residents read it in <c>{{$status}}</c>: new and open requests are both "open".</summary>
    public string StatusOpen { get; set; } = "open";
    public string StatusInProgress { get; set; } = "in progress";
    /// <summary>On hold, with <c>{reason}</c>.</summary>
    public string StatusOnHold { get; set; } = "on hold ({reason})";
    public string StatusClosed { get; set; } = "closed";
    /// <summary>Added to an unfinished request's status: <c>{date}</c>.</summary>
    public string StatusTargetDate { get; set; } = ", target date {date}";
    /// <summary>How dates read to residents: <c>{day}</c>, <c>{month}</c> (from <see cref="Months"/>), <c>{year}</c>.</summary>
    public string DateFormat { get; set; } = "{month} {day}, {year}";
    /// <summary>The twelve month names, comma separated.</summary>
    public string Months { get; set; } = "January,February,March,April,May,June,July,August,September,October,November,December";
    public string ReasonChoice { get; set; } = "";
    public string ReasonNumber { get; set; } = "";
    public string ReasonDate { get; set; } = "";
    public string ReasonTooLong { get; set; } = "";
    /// <summary>A shared place outside the city limits: <c>{{$city}}</c>. The question for the place follows.</summary>
    public string LocationOutside { get; set; } = "";
    /// <summary>A typed place close to known ones: <c>{{$typed}}</c> and the numbered <c>{{$choices}}</c> where there are no buttons.</summary>
    public string PlaceDidYouMean { get; set; } = "";
    /// <summary>No street of the city has the name typed: <c>{{$street}}</c>, <c>{{$city}}</c>. <see cref="PlaceForms"/> follows.</summary>
    public string PlaceUnknownStreet { get; set; } = "";
    /// <summary>The house number is not on the street: <c>{{$number}}</c>, <c>{{$street}}</c>, <c>{{$lowest}}</c>, <c>{{$highest}}</c>.</summary>
    public string PlaceNumberOutOfRange { get; set; } = "";
    /// <summary>Two streets that never meet: <c>{{$street}}</c>, <c>{{$cross}}</c>.</summary>
    public string PlaceNotCrossing { get; set; } = "";
    /// <summary>The forms of a place the bot understands, asked after one it could not find.</summary>
    public string PlaceForms { get; set; } = "";
    /// <summary>The place was corrected: <c>{{$location}}</c>. The next question follows.</summary>
    public string LocationChanged { get; set; } = "";
    /// <summary>A photo was added to the report. The question asked follows again.</summary>
    public string PhotoAdded { get; set; } = "";
    /// <summary>An open request of the same service nearby: case values of that request (as for <see cref="CaseStatus"/>).</summary>
    public string DuplicateFound { get; set; } = "";
    public string FollowExisting { get; set; } = "";
    public string FileNew { get; set; } = "";
    /// <summary>The resident follows the earlier request: its case values.</summary>
    public string Following { get; set; } = "";
    public string AskUpdates { get; set; } = "";
    public string UpdatesHere { get; set; } = "";
    public string UpdatesSms { get; set; } = "";
    public string UpdatesEmail { get; set; } = "";
    public string UpdatesNone { get; set; } = "";
    public string AskPhone { get; set; } = "";
    public string AskEmail { get; set; } = "";
    public string PhoneInvalid { get; set; } = "";
    public string EmailInvalid { get; set; } = "";
    /// <summary>The number given asked not to be texted: <c>{{$address}}</c>. How to hear about the request is asked again.</summary>
    public string UpdatesOptedOut { get; set; } = "";
    /// <summary>A report set aside: <c>{{$summary}}</c> ("Pothole at Elm Street"); continue it or start a new one.</summary>
    public string ResumeOffer { get; set; } = "";
    public string Continue { get; set; } = "";
    public string StartNew { get; set; } = "";
    /// <summary>The city could not file the report as given: <c>{{$problem}}</c>, the reason in English.</summary>
    public string OpenProblem { get; set; } = "";

    /// <summary>The names of texts that are empty (a missing or incomplete messages file).</summary>
    public IEnumerable<string> Missing() =>
        typeof(BotMessages).GetProperties()
            .Where(p => p.PropertyType == typeof(string) && string.IsNullOrWhiteSpace((string?)p.GetValue(this)))
            .Select(p => p.Name);
}
