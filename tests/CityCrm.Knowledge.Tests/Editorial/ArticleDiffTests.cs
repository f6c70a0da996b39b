using CityCrm.Knowledge.Editorial;
using CityCrm.Knowledge.Tests.Support;

namespace CityCrm.Knowledge.Tests.Editorial;

public sealed class ArticleDiffTests
{
    [Fact]
    public void Compare_TitleAndPhrasingChanged_OnlyThoseFieldsChanged()
    {
        var before = TestArticles.Potholes;
        var after = before with { Title = "Pothole repair", Questions = [.. before.Questions, "road hole"] };

        var fields = ArticleDiff.Compare(before, after);

        Assert.Equal(["title", "questions"], fields.Where(f => f.Changed).Select(f => f.Field));
        var title = fields.Single(f => f.Field == "title").Lines;
        Assert.Equal([new DiffLine(DiffLineKind.Removed, "Report a pothole"), new DiffLine(DiffLineKind.Added, "Pothole repair")], title);
        Assert.Equal(new DiffLine(DiffLineKind.Added, "road hole"), fields.Single(f => f.Field == "questions").Lines[^1]);
    }

    [Fact]
    public void Compare_ValidityAndSourceVersion_ComparedAsText()
    {
        var before = TestArticles.Potholes;
        var after = before with { ValidUntil = new DateOnly(2026, 12, 31), SourceVersion = 4 };

        var fields = ArticleDiff.Compare(before, after).Where(f => f.Changed).ToList();

        Assert.Equal(["validUntil", "sourceVersion"], fields.Select(f => f.Field));
        Assert.Equal(new DiffLine(DiffLineKind.Added, "2026-12-31"), fields[0].Lines.Single());
        Assert.Equal(new DiffLine(DiffLineKind.Added, "4"), fields[1].Lines.Single());
    }
}
