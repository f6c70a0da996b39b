using CityCrm.City311.Canned;

namespace CityCrm.City311.Tests.Console;

public sealed class PlaceholderFillerTests
{
    [Fact]
    public void Fill_KnownAndUnknownPlaceholders_FillsKnownAndLeavesOthersAsWritten()
    {
        var filled = PlaceholderFiller.Fill("Hi {{ name }}, ref {{reference}}, see {{unknown}}.", new Dictionary<string, string?> { ["name"] = "Ana", ["reference"] = null });

        Assert.Equal("Hi Ana, ref {{reference}}, see {{unknown}}.", filled.Text);
        Assert.Equal(["reference", "unknown"], filled.Missing);
    }

    [Fact]
    public void Fill_BlankValue_IsLeftVisibleNotSentBlank()
    {
        var filled = PlaceholderFiller.Fill("Hello {{name}}!", new Dictionary<string, string?> { ["name"] = "  " });

        Assert.Equal("Hello {{name}}!", filled.Text);
        Assert.Equal(["name"], filled.Missing);
    }

    [Fact]
    public void Fill_ValueWithBraces_IsInsertedOnceAndNotFilledAgain()
    {
        var filled = PlaceholderFiller.Fill("{{name}} and {{city}}", new Dictionary<string, string?> { ["name"] = "{{city}}", ["city"] = "Riverton" });

        Assert.Equal("{{city}} and Riverton", filled.Text);
        Assert.Empty(filled.Missing);
    }
}
