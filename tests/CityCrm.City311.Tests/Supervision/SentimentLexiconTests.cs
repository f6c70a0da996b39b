using CityCrm.Conversations.Supervision;

namespace CityCrm.City311.Tests.Supervision;

public sealed class SentimentLexiconTests
{
    [Theory]
    [InlineData("Thank you, that was really helpful!")]
    [InlineData("Great service, the pothole was fixed quickly.")]
    [InlineData("Muchas gracias, excelente servicio")]
    [InlineData("Fue rápido y fácil, estoy contenta")]
    [InlineData("Fue rapido y facil, estoy contenta")]
    public void Score_PleasedResident_IsPositive(string text) =>
        Assert.True(Lexicons.Sentiment.Score(text).IsPositive, $"{text}: {Lexicons.Sentiment.Score(text)}");

    [Theory]
    [InlineData("This is terrible, the streetlight is still broken and nobody came.")]
    [InlineData("I am very frustrated, the trash was never picked up")]
    [InlineData("The service was not good")]
    [InlineData("Estoy muy enojado, la basura sigue en la calle")]
    [InlineData("No estoy contento con el servicio, es pésimo")]
    public void Score_UnhappyResident_IsNegative(string text) =>
        Assert.True(Lexicons.Sentiment.Score(text).IsNegative, $"{text}: {Lexicons.Sentiment.Score(text)}");

    [Theory]
    [InlineData("When is the recycling pickup on Elm Street?")]
    [InlineData("¿Cuándo pasa el camión de reciclaje?")]
    public void Score_PlainQuestion_IsNeutral(string text)
    {
        var score = Lexicons.Sentiment.Score(text);

        Assert.False(score.IsPositive || score.IsNegative, $"{text}: {score}");
    }

    [Fact]
    public void Score_Negation_FlipsTheWord()
    {
        var lexicon = new SentimentLexicon(new Dictionary<string, double> { ["good"] = 2 });

        Assert.True(lexicon.Score("good").Score > 0);
        Assert.True(lexicon.Score("not very good").Score < 0);
        Assert.Equal(1, lexicon.Score("not very good").Matched);
    }

    [Fact]
    public void Score_Intensifier_StrengthensTheWord()
    {
        var lexicon = new SentimentLexicon(new Dictionary<string, double> { ["bad"] = -2 });

        Assert.True(lexicon.Score("very bad").Score < lexicon.Score("bad").Score);
    }

    [Fact]
    public void Score_TwoWordEntry_CountsOnceAsThePhrase()
    {
        var lexicon = new SentimentLexicon(new Dictionary<string, double> { ["por favor"] = 0.3, ["favor"] = -3 });

        var score = lexicon.Score("Por favor, ayúdenme");

        Assert.Equal(1, score.Matched);
        Assert.True(score.Score > 0);
    }

    [Fact]
    public void Score_ManyWords_StaysWithinMinusOneAndOne()
    {
        var furious = Lexicons.Sentiment.Score(string.Join(' ', Enumerable.Repeat("terrible awful horrible", 50)));

        Assert.InRange(furious.Score, -1, -0.9);
    }

    [Fact]
    public void Load_BadLine_ThrowsNamingIt()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["good 2", "broken-line"]);

            var error = Assert.Throws<FormatException>(() => SentimentLexicon.Load([path]));

            Assert.Contains("broken-line", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_HostLists_HoldBothLanguages()
    {
        Assert.True(Lexicons.Sentiment.Score("gracias").IsPositive);
        Assert.True(Lexicons.Sentiment.Score("thanks").IsPositive);
        Assert.True(Lexicons.Sentiment.Count > 150);
    }
}
