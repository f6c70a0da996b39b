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
}
