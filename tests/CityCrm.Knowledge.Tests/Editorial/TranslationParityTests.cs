using CityCrm.Knowledge.Editorial;
using CityCrm.Knowledge.Tests.Support;

namespace CityCrm.Knowledge.Tests.Editorial;

public sealed class TranslationParityTests
{
    private static readonly Article Translation = TestArticles.Potholes with { Id = "baches", Language = "es", TranslationOf = "potholes", SourceVersion = 3 };

    [Theory]
    [InlineData(3, false)]
    [InlineData(2, false)]
    [InlineData(4, true)]
    [InlineData(null, false)]
    public void IsOutOfDate_SourcePublishedVersion_NewerThanSourceVersionOnly(int? sourcePublished, bool expected) =>
        Assert.Equal(expected, TranslationParity.IsOutOfDate(Translation, sourcePublished));

    [Fact]
    public void IsOutOfDate_NoSourceVersionRecorded_OutOfDateOncePublished() =>
        Assert.True(TranslationParity.IsOutOfDate(Translation with { SourceVersion = null }, 1));

    [Fact]
    public void IsOutOfDate_NotATranslation_Never() =>
        Assert.False(TranslationParity.IsOutOfDate(TestArticles.Potholes, 9));
}
