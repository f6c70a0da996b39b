using CityCrm.Knowledge.Synonyms;

namespace CityCrm.Knowledge.Tests.Synonyms;

public sealed class SynonymListParserTests
{
    [Fact]
    public void Parse_CommentsAndBlankLines_AreSkippedAndLinesNumbered()
    {
        const string text = "# header comment\n\ntrash, garbage ,  refuse  # trailing comment\r\n   \n  street   light, streetlight\n";

        var groups = SynonymListParser.Parse(text);

        Assert.Equal(2, groups.Count);
        Assert.Equal(3, groups[0].Line);
        Assert.Equal(["trash", "garbage", "refuse"], groups[0].Entries);
        Assert.Equal(5, groups[1].Line);
        Assert.Equal(["street light", "streetlight"], groups[1].Entries);
    }

    [Fact]
    public void Parse_EmptyText_ReturnsNoGroups()
    {
        Assert.Empty(SynonymListParser.Parse("# only a comment\n\n"));
    }

    [Theory]
    [InlineData("trash, garbage\ncar\n", 2, "at least two")]
    [InlineData("# c\n\ntrash,, garbage\n", 3, "empty entry")]
    [InlineData("trash, garbage,\n", 1, "empty entry")]
    [InlineData("car, vehicle\nticket, citation\n, fine\n", 3, "empty entry")]
    [InlineData("car, !!!, vehicle\n", 1, "no letters")]
    [InlineData("ok, fine\nCar, vehicle, car\n", 2, "appears twice")]
    public void Parse_BadLine_ThrowsWithItsLineNumber(string text, int line, string problem)
    {
        var error = Assert.Throws<SynonymFormatException>(() => SynonymListParser.Parse(text));

        Assert.Equal(line, error.Line);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
        Assert.StartsWith($"line {line}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RivertonList_HasEnoughGroupsAndEveryEntryIsSearchable()
    {
        var groups = SynonymListParser.Parse(File.ReadAllText(Support.RepositoryPaths.Synonyms));

        Assert.InRange(groups.Count, 25, 60);
        using var synonyms = new KnowledgeSynonyms(new KnowledgeOptions { SynonymsPath = Support.RepositoryPaths.Synonyms });
        Assert.Equal(groups.Count, synonyms.GroupCount);
    }
}
