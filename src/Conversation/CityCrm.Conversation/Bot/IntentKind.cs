namespace CityCrm.Conversations.Bot;

/// <summary>What a resident's message asks for, as far as the bot's rules can tell.</summary>
public enum IntentKind
{
    Question = 0,
    Greeting = 1,
    Thanks = 2,
    Handoff = 3,
    CaseStatus = 4,
    ReportProblem = 5,
    Cancel = 6,
    /// <summary>Send me by text message what you just told me (a caller's follow-up).</summary>
    TextMe = 7,
}
