using CityCrm.Conversations.Supervision;

namespace CityCrm.City311.Tests.Supervision;

public sealed class CsvWriterTests
{
    [Fact]
    public void Write_QuestionWithCommaQuotesAndNewline_QuotesAndDoublesQuotes()
    {
        var table = new ReportTable("questions", ["question", "count"], [["Where's the \"bulk\" pickup, and when?\nThanks", 3]]);

        var csv = CsvWriter.Write(table);

        Assert.Equal("question,count\r\n\"Where's the \"\"bulk\"\" pickup, and when?\nThanks\",3\r\n", csv);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\"")]
    [InlineData("+1 555 0100", "'+1 555 0100")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    public void Field_TextStartingLikeAFormula_IsPrefixedWithApostrophe(string text, string expected) =>
        Assert.Equal(expected, CsvWriter.Field(text));

    [Fact]
    public void Field_NegativeNumber_IsWrittenAsANumber() =>
        Assert.Equal("-0.25", CsvWriter.Field(-0.25));

    [Fact]
    public void Field_NullAndPlainText_AreWrittenBare()
    {
        Assert.Equal("", CsvWriter.Field(null));
        Assert.Equal("webchat", CsvWriter.Field("webchat"));
    }
}
