using System.Globalization;

namespace CityCrm.Channels.Tests.Text;

public sealed class TextSplitterTests
{
    [Fact]
    public void Split_TextThatFits_ReturnsItWhole()
    {
        Assert.Equal(["Your trash day is Tuesday.  "], TextSplitter.Split("Your trash day is Tuesday.  ", 40));
    }

    [Fact]
    public void Split_NoLimit_ReturnsItWhole()
    {
        var text = new string('a', 5000);

        Assert.Equal([text], TextSplitter.Split(text, 0));
    }

    [Fact]
    public void Split_ParagraphInSecondHalf_CutsAtTheParagraph()
    {
        var first = "Bulk pickup happens on the first Monday. Put items at the curb by 6 am.";
        var second = "Mattresses must be wrapped in plastic. Call 311 for appliances.";

        var parts = TextSplitter.Split(first + "\n\n" + second, 100);

        Assert.Equal([first, second], parts);
    }

    [Fact]
    public void Split_NoParagraph_CutsAfterTheLastSentenceThatFits()
    {
        var text = "Potholes are fixed within five days. Crews work from 7 am to 3 pm. Report one with its nearest address.";

        var parts = TextSplitter.Split(text, 70);

        Assert.Equal(["Potholes are fixed within five days. Crews work from 7 am to 3 pm.", "Report one with its nearest address."], parts);
    }

    [Fact]
    public void Split_DecimalPoint_IsNotASentenceEnd()
    {
        var text = "The fee is 3.50 dollars per bag and 12.75 dollars per bulky item collected";

        var parts = TextSplitter.Split(text, 40);

        Assert.All(parts, p => Assert.True(p.Length <= 40));
        Assert.DoesNotContain(parts, p => p.EndsWith("3.", StringComparison.Ordinal) || p.EndsWith("12.", StringComparison.Ordinal));
        Assert.Equal(Words(text), parts.SelectMany(Words));
    }

    [Fact]
    public void Split_OneLongSentence_CutsBetweenWords()
    {
        var text = string.Join(' ', Enumerable.Range(1, 60).Select(i => "word" + i));

        var parts = TextSplitter.Split(text, 50);

        Assert.All(parts, p => Assert.True(p.Length <= 50, p));
        Assert.All(parts, p => Assert.Equal(p.Trim(), p));
        Assert.Equal(Words(text), parts.SelectMany(Words));
    }

    [Fact]
    public void Split_NoSpaces_CutsAtTheLimit()
    {
        var text = new string('x', 25);

        Assert.Equal(["xxxxxxxxxx", "xxxxxxxxxx", "xxxxx"], TextSplitter.Split(text, 10));
    }

    [Fact]
    public void Split_EmojiAcrossTheLimit_KeepsSurrogatePairsWhole()
    {
        var text = string.Concat(Enumerable.Repeat("🚧", 15));

        var parts = TextSplitter.Split(text, 7);

        Assert.All(parts, p => Assert.False(char.IsHighSurrogate(p[^1]), "a part ends inside a surrogate pair"));
        Assert.All(parts, p => Assert.True(p.Length <= 7));
        Assert.Equal(text, string.Concat(parts));
    }

    [Fact]
    public void Split_GraphemesAcrossTheLimit_KeepsEachGraphemeWhole()
    {
        var family = "👩‍👩‍👧";
        var accented = "e\u0301";
        var text = string.Concat(Enumerable.Repeat(family + accented, 6));

        var parts = TextSplitter.Split(text, 12);

        Assert.All(parts, p => Assert.True(p.Length <= 12));
        Assert.Equal(text, string.Concat(parts));
        Assert.Equal(Graphemes(text), parts.SelectMany(Graphemes));
    }

    [Fact]
    public void Split_ChineseSentences_CutsAfterAnIdeographicFullStop()
    {
        var text = "路面坑洞会在五天内修复。请提供最近的地址。工作人员会联系您。";

        var parts = TextSplitter.Split(text, 22);

        Assert.Equal(["路面坑洞会在五天内修复。请提供最近的地址。", "工作人员会联系您。"], parts);
    }

    [Fact]
    public void Split_LongText_PartsStayInOrder()
    {
        var sentences = Enumerable.Range(1, 80).Select(i => $"Sentence number {i} ends here.").ToList();
        var text = string.Join(' ', sentences);

        var parts = TextSplitter.Split(text, 160);

        Assert.True(parts.Count > 1);
        Assert.Equal(text, string.Join(' ', parts));
    }

    private static IEnumerable<string> Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static List<string> Graphemes(string text)
    {
        var list = new List<string>();
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
            list.Add(e.GetTextElement());
        return list;
    }
}
