namespace CityCrm.CaseCore.Tests;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("potholes", "pothole")]
    [InlineData("streetlights", "streetlight")]
    [InlineData("dumping", "dumped")]
    [InlineData("dumps", "dump")]
    [InlineData("flickering", "flickers")]
    [InlineData("damaged", "damage")]
    [InlineData("damaging", "damages")]
    [InlineData("dropped", "drop")]
    [InlineData("missed", "miss")]
    [InlineData("batteries", "battery")]
    [InlineData("plowed", "plowing")]
    public void Stem_InflectedForms_GiveTheSameStem(string a, string b) =>
        Assert.Equal(TextNormalizer.Stem(b), TextNormalizer.Stem(a));

    [Theory]
    [InlineData("grass", "grass")]
    [InlineData("bus", "bus")]
    [InlineData("this", "this")]
    [InlineData("5th", "5th")]
    public void Stem_WordsThatAreNotPlurals_StayUnchanged(string word, string expected) =>
        Assert.Equal(expected, TextNormalizer.Stem(word));

    [Fact]
    public void Tokens_PunctuationAndApostrophes_AreNormalized() =>
        Assert.Equal(["trash", "wasnt", "pick", "up", "on", "elm", "st"], TextNormalizer.Tokens("Trash WASN'T picked-up, on Elm St.!"));
}
