using CityCrm.Conversations.Bot;

namespace CityCrm.Conversations.Tests.Insights;

public sealed class FeedbackReplyTests
{
    [Theory]
    [InlineData("Yes, that helped")]
    [InlineData("yes")]
    [InlineData("YES")]
    [InlineData("y")]
    [InlineData("Yep!")]
    [InlineData("sí")]
    [InlineData("si")]
    [InlineData("Reply YES")]
    [InlineData("Yes it did, thanks")]
    public void Parse_Yes_IsHelpful(string text) => Assert.True(Parse(text));

    [Theory]
    [InlineData("No")]
    [InlineData("no.")]
    [InlineData("n")]
    [InlineData("NO")]
    [InlineData("reply no")]
    [InlineData("No me ayudó")]
    [InlineData("no me ayudo")]
    [InlineData("Not really")]
    [InlineData("No, it didn’t")]
    public void Parse_No_IsNotHelpful(string text) => Assert.False(Parse(text));

    [Theory]
    [InlineData("no parking on my street?")]
    [InlineData("yes I want to report a pothole")]
    [InlineData("when is trash day")]
    [InlineData("")]
    [InlineData("?")]
    public void Parse_AnythingElse_IsNotFeedback(string text) => Assert.Null(Parse(text));

    [Fact]
    public void Parse_TheCitysOwnButtonLabels_AreRecognized()
    {
        Assert.True(FeedbackReply.Parse("Perfect, thank you", "Perfect, thank you", "Not what I needed"));
        Assert.False(FeedbackReply.Parse("not what I needed", "Perfect, thank you", "Not what I needed"));
    }

    private static bool? Parse(string text) => FeedbackReply.Parse(text, "Yes, that helped", "No");
}
