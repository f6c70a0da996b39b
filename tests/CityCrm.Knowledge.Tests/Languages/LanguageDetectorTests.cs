using CityCrm.Knowledge.Evaluation;
using CityCrm.Knowledge.Languages;
using CityCrm.Knowledge.Tests.Support;

namespace CityCrm.Knowledge.Tests.Languages;

public sealed class LanguageDetectorTests
{
    private static string SetPath => Path.Combine(RepositoryPaths.Root, "bots", "City311", "knowledge-eval", "questions.jsonl");

    [Theory]
    [InlineData("¿Cuándo pasa el camión?")]
    [InlineData("que dia recogen la basura en mi calle")]
    [InlineData("no tengo agua")]
    [InlineData("se llevo la grua mi carro")]
    [InlineData("recogída de basura")]
    [InlineData("mañana")]
    public void Detect_SpanishQuestion_Spanish(string question) =>
        Assert.Equal(KnowledgeLanguages.Spanish, LanguageDetector.Detect(question));

    [Theory]
    [InlineData("when is my trash picked up")]
    [InlineData("pothole")]
    [InlineData("")]
    [InlineData("no water at my house")]
    [InlineData("I'm at the café on Main, is there a parade?")]
    public void Detect_EnglishOrUntellingQuestion_English(string question) =>
        Assert.Equal(KnowledgeLanguages.English, LanguageDetector.Detect(question));

    [Fact]
    public async Task Detect_EvaluationSet_TellsEveryLabelledQuestionsLanguage()
    {
        var set = await EvaluationSet.LoadAsync(SetPath, CancellationToken.None);

        Assert.All(set, q => Assert.True(LanguageDetector.Detect(q.Question) == q.Language, $"\"{q.Question}\" is {q.Language}"));
    }

    [Theory]
    [InlineData("¿Cuándo recogen la basura?", "es")]
    [InlineData("necesito hablar con una persona sobre mi calle", "es")]
    [InlineData("when is my trash picked up this week", "en")]
    [InlineData("pothole", null)]
    [InlineData("12 Elm Street", null)]
    [InlineData("", null)]
    public void DetectClearly_TellingOrUntellingText_LanguageOnlyWhenClear(string text, string? expected) =>
        Assert.Equal(expected, LanguageDetector.DetectClearly(text));

    [Theory]
    [InlineData("es-MX", "es")]
    [InlineData("EN", "en")]
    [InlineData("fr", null)]
    [InlineData(null, null)]
    public void Normalize_Tag_SupportedPrimaryLanguageOrNull(string? tag, string? expected) =>
        Assert.Equal(expected, KnowledgeLanguages.Normalize(tag));
}
