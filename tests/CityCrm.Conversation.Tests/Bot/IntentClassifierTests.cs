using CityCrm.Conversations.Bot;

namespace CityCrm.Conversations.Tests.Bot;

public sealed class IntentClassifierTests
{
    [Theory]
    [InlineData("I want to talk to a person")]
    [InlineData("can I speak to a human please")]
    [InlineData("agent")]
    [InlineData("Talk to a person")]
    [InlineData("connect me with a representative")]
    [InlineData("real person please")]
    [InlineData("Hablar con una persona")]
    [InlineData("quiero hablar con alguien por favor")]
    [InlineData("¿me pueden comunicar con un agente?")]
    [InlineData("llámenme")]
    public void Classify_AsksForPerson_IsHandoff(string text) =>
        Assert.Equal(IntentKind.Handoff, IntentClassifier.Classify(text, false).Kind);

    [Theory]
    [InlineData("what is the status of R-100001?", "R-100001")]
    [InlineData("status r100042", "R-100042")]
    [InlineData("any news on R 100003", "R-100003")]
    public void Classify_NamesReference_IsCaseStatusWithReference(string text, string reference)
    {
        var intent = IntentClassifier.Classify(text, false);

        Assert.Equal(IntentKind.CaseStatus, intent.Kind);
        Assert.Equal(reference, intent.Reference);
    }

    [Theory]
    [InlineData("what's the status of my request")]
    [InlineData("Check a request's status")]
    public void Classify_StatusWithoutReference_IsCaseStatusWithoutReference(string text)
    {
        var intent = IntentClassifier.Classify(text, false);

        Assert.Equal(IntentKind.CaseStatus, intent.Kind);
        Assert.Null(intent.Reference);
    }

    [Theory]
    [InlineData("there is a pothole on Elm Street", true)]
    [InlineData("the street light on Oak Ave is out", true)]
    [InlineData("Report a problem", false)]
    [InlineData("I want to report an issue", false)]
    public void Classify_ProblemReport_IsReportProblem(string text, bool catalogueMatches) =>
        Assert.Equal(IntentKind.ReportProblem, IntentClassifier.Classify(text, catalogueMatches).Kind);

    [Theory]
    [InlineData("how do I report a pothole?")]
    [InlineData("when is my recycling picked up?")]
    [InlineData("where do I pay a parking ticket")]
    public void Classify_Question_IsQuestionEvenWhenCatalogueMatches(string text) =>
        Assert.Equal(IntentKind.Question, IntentClassifier.Classify(text, true).Kind);

    [Theory]
    [InlineData("hi", IntentKind.Greeting)]
    [InlineData("Good morning!", IntentKind.Greeting)]
    [InlineData("/start", IntentKind.Greeting)]
    [InlineData("/start@RivertonCityBot", IntentKind.Greeting)]
    [InlineData("thanks!", IntentKind.Thanks)]
    [InlineData("never mind", IntentKind.Cancel)]
    [InlineData("", IntentKind.Question)]
    public void Classify_SmallTalk_IsRecognized(string text, IntentKind kind) =>
        Assert.Equal(kind, IntentClassifier.Classify(text, false).Kind);
}
