using CityCrm.CaseCore;
using CityCrm.Conversations.Bot.Intake;

namespace CityCrm.Conversations.Tests.Bot;

public sealed class IntakeOptionsTests
{
    private static readonly IntakeOptions Options = new();

    private static ServiceMatch Match(string code, double score) => new(new ServiceDefinition(code, code, "Dept", "", []), score);

    [Theory]
    [InlineData(0.63, 0.0, "pothole")]
    [InlineData(0.45, 0.19, "pothole")]
    [InlineData(0.45, 0.30, null)]
    [InlineData(0.35, 0.0, null)]
    public void ClearChoice_FirstAndSecondScores_TakesOnlyAClearLead(double first, double second, string? expected)
    {
        IReadOnlyList<ServiceMatch> suggestions = second > 0 ? [Match("pothole", first), Match("graffiti", second)] : [Match("pothole", first)];

        Assert.Equal(expected, Options.ClearChoice(suggestions));
    }

    [Fact]
    public void ClearChoice_NoSuggestions_IsNull() => Assert.Null(Options.ClearChoice([]));
}
