using CityCrm.Conversations.Surveys;

namespace CityCrm.Conversations.Tests.Surveys;

public sealed class SurveyRepliesTests
{
    [Theory]
    [InlineData("4", 4)]
    [InlineData(" 5. ", 5)]
    [InlineData("3/5", 3)]
    [InlineData("1 star", 1)]
    [InlineData("2 estrellas", 2)]
    public void Rating_DigitOneToFive_IsTheScore(string text, int expected) => Assert.Equal(expected, SurveyReplies.Rating(text));

    [Theory]
    [InlineData("0")]
    [InlineData("6")]
    [InlineData("45")]
    [InlineData("when is trash pickup?")]
    [InlineData("4 potholes on Elm St")]
    public void Rating_NotARating_IsNull(string text) => Assert.Null(SurveyReplies.Rating(text));

    [Theory]
    [InlineData("online", 1)]
    [InlineData("EN PERSONA", 0)]
    [InlineData("2", 1)]
    public void Choice_TitleAnyCaseOrNumber_IsItsIndex(string text, int expected) =>
        Assert.Equal(expected, SurveyReplies.Choice(text, text == "EN PERSONA" ? ["En persona", "En línea"] : ["In person", "Online"]));

    [Fact]
    public void Choice_SomethingElse_IsNull() => Assert.Null(SurveyReplies.Choice("3", ["In person", "Online"]));

    [Theory]
    [InlineData("Where do I pay my water bill?")]
    [InlineData("talk to a person")]
    [InlineData("status of R-100042")]
    public void IsNewRequest_QuestionOrRoutedRequest_IsTrue(string text) => Assert.True(SurveyReplies.IsNewRequest(text, false));

    [Fact]
    public void IsNewRequest_ProblemTheCatalogueKnows_IsTrue() => Assert.True(SurveyReplies.IsNewRequest("there is a pothole on Elm Street", true));

    [Fact]
    public void IsNewRequest_PlainComment_IsFalse() => Assert.False(SurveyReplies.IsNewRequest("The agent was very kind.", false));

    [Theory]
    [InlineData("skip")]
    [InlineData("No thanks")]
    [InlineData("Omitir")]
    public void IsSkip_DecliningWords_AreSkips(string text) => Assert.True(SurveyReplies.IsSkip(text, "Skip"));
}
