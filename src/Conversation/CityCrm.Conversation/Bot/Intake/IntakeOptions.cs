namespace CityCrm.Conversations.Bot.Intake;

/// <summary>How the bot takes a report (configuration section <c>Conversations:Intake</c>).</summary>
public sealed class IntakeOptions
{
    public const string Section = "Conversations:Intake";

    /// <summary>
    /// A suggested service scoring at least this (0..1, see <see cref="CaseCore.IServiceCatalog.Suggest"/>) is taken
    /// without asking; below it, the resident picks among the suggestions. One clear keyword scores about 0.67.
    /// </summary>
    public double AcceptAbove { get; set; } = 0.6;

    /// <summary>How many services are offered at a time.</summary>
    public int Suggestions { get; set; } = 3;

    /// <summary>
    /// The channels where the bot asks how the resident wants updates. Elsewhere they are sent on the channel of the
    /// report (a text line, an email thread, a messaging app), which the resident can already reach again.
    /// </summary>
    public List<string> AskUpdatesOn { get; set; } = ["webchat"];
}
