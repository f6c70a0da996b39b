using CityCrm.Channels.Twilio.Sms;

namespace CityCrm.Channels.Twilio.Tests;

public sealed class ComplianceKeywordsTests
{
    [Theory]
    [InlineData("STOP", ComplianceKeyword.OptOut)]
    [InlineData("stop", ComplianceKeyword.OptOut)]
    [InlineData("  Stop!  ", ComplianceKeyword.OptOut)]
    [InlineData("STOPALL", ComplianceKeyword.OptOut)]
    [InlineData("unsubscribe.", ComplianceKeyword.OptOut)]
    [InlineData("Cancel", ComplianceKeyword.OptOut)]
    [InlineData("END", ComplianceKeyword.OptOut)]
    [InlineData("quit?!", ComplianceKeyword.OptOut)]
    [InlineData("START", ComplianceKeyword.OptIn)]
    [InlineData("unstop", ComplianceKeyword.OptIn)]
    [InlineData("Help", ComplianceKeyword.Help)]
    [InlineData("INFO.", ComplianceKeyword.Help)]
    public void Classify_KeywordAlone_ReturnsItsMeaning(string body, ComplianceKeyword expected)
    {
        Assert.Equal(expected, ComplianceKeywords.Classify(body));
    }

    [Theory]
    [InlineData("YES")]
    [InlineData("yes")]
    [InlineData("NO")]
    [InlineData("stop the noise on Elm Street")]
    [InlineData("I need help with my trash pickup")]
    [InlineData("STOP STOP")]
    [InlineData("S T O P")]
    [InlineData("stopped")]
    [InlineData("")]
    [InlineData(null)]
    public void Classify_OrdinaryMessage_ReturnsNone(string? body)
    {
        Assert.Equal(ComplianceKeyword.None, ComplianceKeywords.Classify(body));
    }

    [Theory]
    [InlineData(" stop! ", "STOP")]
    [InlineData("Unstop", "UNSTOP")]
    [InlineData("hello", null)]
    public void Keyword_Message_ReturnsTheKeywordInCapitals(string body, string? expected)
    {
        Assert.Equal(expected, ComplianceKeywords.Keyword(body));
    }
}
