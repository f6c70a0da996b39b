using System.Text.RegularExpressions;

namespace CityCrm.Conversations.Bot;

/// <summary>
/// Deterministic rules that route a message before any search: asking for a person, a case status,
/// a problem report, small talk. Everything else is a question for the knowledge base.
/// Reports are told apart from "how do I report..." questions by their interrogative opening.
/// </summary>
public static partial class IntentClassifier
{
    public static Intent Classify(string text, bool catalogueMatches)
    {
        var t = Normalize(text);
        if (t.Length == 0)
            return new Intent(IntentKind.Question);
        if (HandoffRule().IsMatch(t) || LoneHandoffWord().IsMatch(t))
            return new Intent(IntentKind.Handoff);
        if (ReferenceRule().Match(text) is { Success: true } reference)
            return new Intent(IntentKind.CaseStatus, $"R-{reference.Groups[1].Value}");
        if (StatusRule().IsMatch(t))
            return new Intent(IntentKind.CaseStatus);
        if (TextMeRule().IsMatch(t))
            return new Intent(IntentKind.TextMe);
        if (CancelRule().IsMatch(t))
            return new Intent(IntentKind.Cancel);
        if (GreetingRule().IsMatch(t))
            return new Intent(IntentKind.Greeting);
        if (ThanksRule().IsMatch(t))
            return new Intent(IntentKind.Thanks);
        if (ReportRequestRule().IsMatch(t))
            return new Intent(IntentKind.ReportProblem);
        if (catalogueMatches && !HowQuestionRule().IsMatch(t) && ProblemCueRule().IsMatch(t))
            return new Intent(IntentKind.ReportProblem);
        return new Intent(IntentKind.Question);
    }

    private static string Normalize(string text) =>
        Spaces().Replace(text.Trim().ToLowerInvariant().Replace('’', '\''), " ");

    // Spanish too: "Hablar con una persona" is the Spanish button's text.
    [GeneratedRegex(@"\b(talk|speak|chat|connect|transfer)\b.{0,30}\b(person|human|agent|someone|somebody|representative|rep|operator|staff|people|real)\b|\b(live|real|human) (agent|person|help)\b|\bcall me\b|\b(hablar|comunicar(me)?|conectar(me)?|pasar(me)?|atender(me)?)\b.{0,30}\b(persona|humano|agente|alguien|representante|operador|operadora)\b|\bll[aá]m(e|en)me\b")]
    private static partial Regex HandoffRule();

    [GeneratedRegex(@"^(an? |una? )?(agent|agente|human|operator|operador|operadora|representative|representante|person|persona)( please| por favor)?[.!]?$")]
    private static partial Regex LoneHandoffWord();

    [GeneratedRegex(@"\b[Rr][- #]?(\d{6})\b")]
    private static partial Regex ReferenceRule();

    [GeneratedRegex(@"\b(status|update|progress)\b.{0,40}\b(request|report|case|ticket|complaint)\b|\bcheck (on )?my (request|report|case|ticket)\b|\bcheck\b.{0,20}\bstatus\b")]
    private static partial Regex StatusRule();

    [GeneratedRegex(@"^(yes,? |yeah,? |ok,? |sure,? |please )?(text|send|sms|message) (it to me|it|me|that|this|me that|me this|me the (link|number|reference|article))( by text( message)?| to my phone)?( please)?[.!]?$|^(yes,? )?(send|text) (me )?(a|the) (text|link|text message)( please)?[.!]?$|^(mándamelo|envíamelo|mándame un mensaje|envíame un mensaje)( por favor)?[.!]?$")]
    private static partial Regex TextMeRule();

    [GeneratedRegex(@"^(cancel|stop that|never ?mind|nevermind|forget it|start over)[.!]?$")]
    private static partial Regex CancelRule();

    // "/start" is what a Telegram chat sends first (and again from the bot's menu).
    [GeneratedRegex(@"^((hi|hello|hey|hiya|good (morning|afternoon|evening)|hola)( there)?[.!]?|/start(@\w+)?( \S+)?)$")]
    private static partial Regex GreetingRule();

    [GeneratedRegex(@"^(thanks|thank you|thx|ty|great,? thanks|ok,? thanks|perfect|got it)[.! ]*$")]
    private static partial Regex ThanksRule();

    [GeneratedRegex(@"^(i want to |i'd like to |i would like to |i need to |can i |let me )?(report|file|submit|make) (a|an) (problem|issue|request|report|complaint|service request)|^report (a )?problem|^report$")]
    private static partial Regex ReportRequestRule();

    [GeneratedRegex(@"^(how|where|what|when|why|who|which|can i|could i|do i|do you|does|should i|is it|are there)\b")]
    private static partial Regex HowQuestionRule();

    [GeneratedRegex(@"\b(there is|there's|theres|there are|report|broken|is out|are out|not working|isn't working|doesn't work|damaged|overflowing|dumped|abandoned|blocking|blocked|leaking|fell|fallen|down|missed|wasn't picked|was not picked|huge|big|dangerous|dead|graffiti|pothole|potholes)\b")]
    private static partial Regex ProblemCueRule();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
