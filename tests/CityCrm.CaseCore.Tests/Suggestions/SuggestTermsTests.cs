using CityCrm.CaseCore.Suggestions;

namespace CityCrm.CaseCore.Tests.Suggestions;

public sealed class SuggestTermsTests
{
    [Fact]
    public void Of_ResidentSentence_DropsFillerAndStems() =>
        Assert.Equal(new[] { "potholes", "street" }.Select(w => SuggestionTerms.Of(w)[0]), SuggestionTerms.Of("there are potholes on my street please"));

    [Fact]
    public void Of_SpanishWords_ReadInEnglish() =>
        Assert.Equal(SuggestionTerms.Of("trash garbage"), SuggestionTerms.Of("la basura"));

    [Theory]
    [InlineData("grafitti", "graffiti", 2)]
    [InlineData("grafiti", "graffiti", 1)]
    [InlineData("abandonded", "abandoned", 1)]
    [InlineData("teh", "the", 1)]
    [InlineData("pothole", "pothole", 0)]
    [InlineData("bridge", "fridge", 1)]
    public void Distance_CommonTypos_CountsEdits(string a, string b, int expected) =>
        Assert.Equal(expected, TypoCorrector.Distance(a, b, 3));

    [Fact]
    public void Correct_UnknownWord_PicksClosestKnownWord()
    {
        var corrector = new TypoCorrector(["graffiti", "garage"], _ => 1);

        Assert.Equal("graffiti", corrector.Correct("grafitti"));
        Assert.Null(corrector.Correct("zzzzzz"));
    }
}
