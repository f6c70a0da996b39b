namespace CityCrm.City311.Tests.Surveys;

/// <summary>
/// The real host (SQLite file, real case workflow) with surveys sent as soon as they are due and looked for every
/// second, so tests see them without waiting a minute.
/// </summary>
public sealed class SurveyAppFactory : CityAppFactory
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["Surveys:DelaySeconds"] = "0",
        ["Surveys:PollSeconds"] = "1",
    };
}
