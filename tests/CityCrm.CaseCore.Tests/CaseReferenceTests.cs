namespace CityCrm.CaseCore.Tests;

public sealed class CaseReferenceTests
{
    [Theory]
    [InlineData("R-100001", "R-100001")]
    [InlineData("r-100001", "R-100001")]
    [InlineData("R 100001", "R-100001")]
    [InlineData("r100001", "R-100001")]
    [InlineData("  R - 100042 ", "R-100042")]
    [InlineData("#R-100042", "R-100042")]
    [InlineData("R#100042", "R-100042")]
    [InlineData("100042", "R-100042")]
    [InlineData("R-1234567", "R-1234567")]
    public void Normalize_TypedReference_ReturnsCanonicalForm(string typed, string expected) =>
        Assert.Equal(expected, CaseReference.Normalize(typed));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("R-")]
    [InlineData("R-12")]
    [InlineData("R-099999")]
    [InlineData("X-100001")]
    [InlineData("R-100001; DROP TABLE cases")]
    [InlineData("pothole on Elm")]
    public void Normalize_NotAReference_ReturnsNull(string typed) =>
        Assert.Null(CaseReference.Normalize(typed));

    [Theory]
    [InlineData("what is the status of r-100003?", "R-100003")]
    [InlineData("Any news on R 100010 please", "R-100010")]
    [InlineData("my number was R100200.", "R-100200")]
    public void FindIn_SentenceWithReference_ReturnsIt(string text, string expected) =>
        Assert.Equal(expected, CaseReference.FindIn(text));

    [Fact]
    public void FindIn_SentenceWithoutReference_ReturnsNull() =>
        Assert.Null(CaseReference.FindIn("I called about 12 Main St yesterday"));

    [Fact]
    public void Format_NumberBelowFirst_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CaseReference.Format(100000));
}
