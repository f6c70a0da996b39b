using CityCrm.Knowledge.Content;

namespace CityCrm.Knowledge.Tests;

public sealed class ArticleRendererTests
{
    private readonly ArticleRenderer renderer = new();

    [Fact]
    public void ToHtml_RawHtmlInMarkdown_IsEscapedNotRendered()
    {
        var html = renderer.ToHtml("Hello <script>alert('x')</script>\n\n<div onclick=\"x()\">block</div>");

        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<div", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("&lt;div", html);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JavaScript:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[click](//evil.example/page)")]
    public void ToHtml_UnsafeLink_IsNeutralized(string markdown)
    {
        var html = renderer.ToHtml(markdown);

        Assert.Contains("href=\"#\"", html);
        Assert.DoesNotContain("javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("evil.example", html);
    }

    [Fact]
    public void ToHtml_ArticleMarkdown_RendersHeadingsListsTablesAndLocalLinks()
    {
        var html = renderer.ToHtml("## Fees\n\n- One\n- Two\n\n| A | B |\n| --- | --- |\n| 1 | 2 |\n\nSee [potholes](/kb/potholes) or [call](tel:311).");

        Assert.Contains("<h2", html);
        Assert.Contains("<li>One</li>", html);
        Assert.Contains("<table>", html);
        Assert.Contains("href=\"/kb/potholes\"", html);
        Assert.Contains("href=\"tel:311\"", html);
    }
}
