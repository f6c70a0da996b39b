namespace CityCrm.City311.Tests.Supervision;

public sealed class TopicLexiconTests
{
    [Theory]
    [InlineData("There are two potholes on Elm Street", "Streets and potholes")]
    [InlineData("Hay un bache enorme en mi calle", "Streets and potholes")]
    [InlineData("The street light is out on Oak Ave", "Street lights")]
    [InlineData("¿Cuándo pasa la recolección de basura?", "Trash and recycling")]
    [InlineData("My neighbour's dog is barking all night", "Noise")]
    public void Match_ResidentText_FindsItsTopic(string text, string topic) =>
        Assert.Contains(topic, Lexicons.Topics.Match(text));

    [Fact]
    public void Match_TwoTopics_ReturnsBothInFileOrder()
    {
        var topics = Lexicons.Topics.Match("Snow plow left garbage bins in the road");

        Assert.Equal(["Streets and potholes", "Trash and recycling", "Snow"], topics);
    }

    [Fact]
    public void Match_UnrelatedText_FindsNothing() =>
        Assert.Empty(Lexicons.Topics.Match("Hello, good morning"));
}
