namespace CityCrm.Conversations.Bot.Intake;

/// <summary>How the bot takes a report (configuration section <c>Conversations:Intake</c>).</summary>
public sealed class IntakeOptions
{
    public const string Section = "Conversations:Intake";

    /// <summary>
    /// A suggested service scoring at least this (0..1, see <see cref="CaseCore.IServiceCatalog.Suggest"/>) is taken
    /// without asking; below it, the resident picks among the suggestions unless the first clearly leads (see
    /// <see cref="AcceptLeadAbove"/>). A short text naming one problem ("pothole") scores about 0.6.
    /// </summary>
    public double AcceptAbove { get; set; } = 0.6;

    /// <summary>
    /// A first suggestion scoring at least this is also taken without asking when it scores <see cref="LeadRatio"/>
    /// times the second or more: "the streetlight at 12 Main St is out" names one problem, even if "main" hints at a water main.
    /// </summary>
    public double AcceptLeadAbove { get; set; } = 0.4;

    public double LeadRatio { get; set; } = 2;

    /// <summary>The service to take without asking, or null when the resident should choose.</summary>
    public string? ClearChoice(IReadOnlyList<CaseCore.ServiceMatch> suggestions)
    {
        if (suggestions.Count == 0)
            return null;
        var first = suggestions[0].Score;
        var second = suggestions.Count > 1 ? suggestions[1].Score : 0;
        return first >= AcceptAbove || first >= AcceptLeadAbove && first >= LeadRatio * second ? suggestions[0].Service.Code : null;
    }

    /// <summary>How many services are offered at a time.</summary>
    public int Suggestions { get; set; } = 3;

    /// <summary>
    /// The channels where the bot asks how the resident wants updates. Elsewhere they are sent on the channel of the
    /// report (a text line, an email thread, a messaging app), which the resident can already reach again.
    /// </summary>
    public List<string> AskUpdatesOn { get; set; } = ["webchat"];
}
