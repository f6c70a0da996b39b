using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CityCrm.EndToEnd.Tests.Browser;

/// <summary>The knowledge editor (<c>/kb/editor/</c>), driven as an editor uses it.</summary>
public sealed class KnowledgeEditorPage(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator List => Page.Locator("#article-list");

    public ILocator State => Page.Locator("#editor-state");

    /// <summary>Opens the editor, signs in through its form and waits for the article list.</summary>
    public static async Task<KnowledgeEditorPage> SignInAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/kb/editor/");
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        var editor = new KnowledgeEditorPage(page);
        await Expect(editor.List.Locator("li").First).ToBeVisibleAsync();
        return editor;
    }

    public ILocator Item(string id) => List.Locator($"li[data-article-id='{id}']");

    public ILocator Field(string name) => Page.Locator($"#field-{name}");

    public async Task OpenAsync(string id)
    {
        await Item(id).GetByRole(AriaRole.Link).ClickAsync();
        await Expect(Field("id")).ToHaveValueAsync(id);
    }

    public async Task NewAsync()
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "New article" }).ClickAsync();
        await Expect(Page.Locator("#editor-title")).ToHaveTextAsync("New article");
    }

    public Task SaveAsync() => Page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

    public Task ActAsync(string button) => Page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
}
