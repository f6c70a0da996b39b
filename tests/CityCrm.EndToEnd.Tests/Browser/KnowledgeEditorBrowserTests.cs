using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CityCrm.EndToEnd.Tests.Browser;

/// <summary>An editor in the knowledge editor against the real host, and a resident reading the result.</summary>
public sealed class KnowledgeEditorBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string EditorUser = "editor";
    private const string EditorPassword = "riverton311ed";

    [Fact]
    public async Task Editor_EditsSubmitsAndPublishes_ResidentPageShowsChange()
    {
        const string title = "Report a pothole or road damage";
        var editor = await KnowledgeEditorPage.SignInAsync(await fixture.NewPageAsync(), EditorUser, EditorPassword);
        await editor.OpenAsync("potholes");

        await editor.Field("title").FillAsync(title);
        await editor.Field("comment").FillAsync("Broader title");
        await editor.SaveAsync();
        await Expect(editor.State).ToContainTextAsync("head version 2 by Erin Editor");
        await editor.ActAsync("Submit for review");
        await Expect(editor.State).ToContainTextAsync("In review");
        await editor.ActAsync("Publish");
        await Expect(editor.State).ToContainTextAsync("version 2 answers residents");
        await Expect(editor.Page.Locator("#history-list li[data-version='2'] .badge--published")).ToBeVisibleAsync();

        var resident = await fixture.NewPageAsync();
        await resident.GotoAsync("/kb/potholes");
        await Expect(resident.Locator("h1")).ToHaveTextAsync(title);
    }

    [Fact]
    public async Task NewArticle_TitleWithMarkup_IsShownAsLiteralTextInTheList()
    {
        const string hostile = "<img src=x onerror=\"window.__pwned=1\"><b>bold</b><script>window.__pwned=2</script>";
        var editor = await KnowledgeEditorPage.SignInAsync(await fixture.NewPageAsync(), EditorUser, EditorPassword);
        await editor.NewAsync();

        await editor.Field("id").FillAsync("markup-in-title");
        await editor.Field("title").FillAsync(hostile);
        await editor.Field("summary").FillAsync("A summary.");
        await editor.Field("body").FillAsync("Some **text**.");
        await editor.SaveAsync();

        var title = editor.Item("markup-in-title").Locator(".article-item__title");
        await Expect(title).ToHaveTextAsync(hostile);
        await Expect(editor.Page.Locator("#editor-title")).ToHaveTextAsync(hostile);
        Assert.Equal(0, await editor.List.Locator("b, img, script").CountAsync());
        Assert.Equal(0, await editor.Page.Locator("#editor-title b, #editor-title img").CountAsync());
        Assert.True(await editor.Page.EvaluateAsync<bool>("() => typeof window.__pwned === 'undefined'"));
    }

    [Fact]
    public async Task NewArticleLink_WithQuestion_OpensFormWithThatPhrasing()
    {
        var editor = await KnowledgeEditorPage.SignInAsync(await fixture.NewPageAsync(), EditorUser, EditorPassword);

        await editor.Page.GotoAsync("/kb/editor/#new?question=Can%20I%20keep%20chickens%3F");

        await Expect(editor.Page.Locator("#editor-title")).ToHaveTextAsync("New article");
        await Expect(editor.Field("questions")).ToHaveValueAsync("Can I keep chickens?");
    }
}
