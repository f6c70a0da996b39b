using CityCrm.Knowledge.Editorial;
using static CityCrm.Knowledge.Editorial.DiffLineKind;

namespace CityCrm.Knowledge.Tests.Editorial;

public sealed class LineDiffTests
{
    private static (DiffLineKind, string)[] Diff(string before, string after) =>
        [.. LineDiff.Compare(before, after).Select(l => (l.Kind, l.Text))];

    [Fact]
    public void Compare_SameText_AllLinesUnchanged() =>
        Assert.Equal([(Unchanged, "a"), (Unchanged, "b")], Diff("a\nb", "a\nb"));

    [Fact]
    public void Compare_LineInsertedInMiddle_OnlyThatLineAdded() =>
        Assert.Equal([(Unchanged, "a"), (Added, "x"), (Unchanged, "b"), (Unchanged, "c")], Diff("a\nb\nc", "a\nx\nb\nc"));

    [Fact]
    public void Compare_LineRemoved_OnlyThatLineRemoved() =>
        Assert.Equal([(Unchanged, "a"), (Removed, "b"), (Unchanged, "c")], Diff("a\nb\nc", "a\nc"));

    [Fact]
    public void Compare_LineReplaced_RemovalBeforeAddition() =>
        Assert.Equal([(Unchanged, "a"), (Removed, "b"), (Added, "B"), (Unchanged, "c")], Diff("a\nb\nc", "a\nB\nc"));

    [Fact]
    public void Compare_FromEmpty_EveryLineAdded() =>
        Assert.Equal([(Added, "a"), (Added, "b")], Diff("", "a\nb"));

    [Fact]
    public void Compare_WindowsLineEnds_MatchUnixLines() =>
        Assert.Equal([(Unchanged, "a"), (Unchanged, "b")], Diff("a\r\nb", "a\nb"));

    [Fact]
    public void Compare_MovedBlock_KeepsLongestCommonRun()
    {
        var lines = LineDiff.Compare("1\n2\n3\n4\n5", "4\n5\n1\n2\n3");

        Assert.Equal(3, lines.Count(l => l.Kind == Unchanged));
        Assert.Equal(["1", "2", "3"], lines.Where(l => l.Kind == Unchanged).Select(l => l.Text));
        Assert.Equal(2, lines.Count(l => l.Kind == Added));
    }
}
