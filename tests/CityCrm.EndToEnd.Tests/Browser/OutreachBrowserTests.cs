using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CityCrm.EndToEnd.Tests.Browser;

/// <summary>The supervisors' outreach page (<c>/outreach</c>) against the real host in headless Chromium, mailing through maildev.</summary>
public sealed class OutreachBrowserTests(OutreachBrowserFixture fixture) : IClassFixture<OutreachBrowserFixture>
{
    private const string Markup = "<img src=x onerror=\"document.title='injected'\">";

    [Fact]
    public async Task Outreach_SupervisorSendsToATagSegment_ConfirmsAndSeesTheDeliveryReportWithNamesAsText()
    {
        using var staff = await StaffAsync();
        await ResidentAsync(staff, "Nadia" + Markup, "nadia.flood@example.org");
        await ResidentAsync(staff, "Tom", "tom.flood@example.org");
        var page = await fixture.NewPageAsync();
        string? asked = null;
        page.Dialog += async (_, dialog) => { asked = dialog.Message; await dialog.AcceptAsync(); };
        await page.GotoAsync("/outreach");
        await page.GetByLabel("User name").FillAsync("supervisor");
        await page.GetByLabel("Password").FillAsync("riverton311sup");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Flood zone");
        await page.GetByLabel("Tags, comma separated").FillAsync("flood-zone-e2e");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Expect(page.Locator("#preview-count")).ToContainTextAsync("2 people would get it (2 by email)");
        await Expect(page.Locator("#preview-sample td", new() { HasText = "Nadia" })).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Nadia<img src=x"));
        Assert.Equal(0, await page.Locator("#preview-sample img").CountAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Save segment" }).ClickAsync();
        await Expect(page.Locator("#segment-pick option:checked")).ToHaveTextAsync("Flood zone");
        await page.GetByLabel("Message (English, required)").FillAsync("Flood warning for your street tonight. " + Markup);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send to the saved segment" }).ClickAsync();

        var report = page.Locator("#broadcasts tr", new() { HasText = "Flood zone" });
        await Expect(report).ToHaveCountAsync(1);
        Assert.Contains("2", asked ?? "", StringComparison.Ordinal);
        var cells = report.Locator("td");
        await Expect(cells.Nth(3)).ToHaveTextAsync("2");
        await Expect(cells.Nth(6)).ToHaveTextAsync("2", new() { Timeout = 60_000 });
        var mail = Assert.Single(await fixture.Mail.WaitForAsync("tom.flood@example.org"));
        Assert.Contains("Flood warning for your street tonight.", mail.TextBody ?? "", StringComparison.Ordinal);
        Assert.NotEqual("injected", await page.TitleAsync());
    }

    private async Task<HttpClient> StaffAsync()
    {
        var http = new HttpClient { BaseAddress = fixture.Host.BaseUri };
        (await http.PostAsJsonAsync("/api/auth/login", new { userName = "supervisor", password = "riverton311sup" })).EnsureSuccessStatusCode();
        return http;
    }

    // A resident who chatted on the web, whose profile an agent then gave a name, an email and the segment's tag.
    private async Task ResidentAsync(HttpClient staff, string givenName, string email)
    {
        using var web = new HttpClient { BaseAddress = fixture.Host.BaseUri };
        var token = (await (await web.PostAsync("/webchat/token", null)).Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
        web.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var conversation = (await (await web.PostAsync("/v3/directline/conversations", null)).Content.ReadFromJsonAsync<JsonObject>())!["conversationId"]!.GetValue<string>();
        (await web.PostAsJsonAsync($"/v3/directline/conversations/{conversation}/activities",
            new { type = "message", from = new { id = "user-" + Guid.NewGuid().ToString("N"), role = "user" }, text = "hello" })).EnsureSuccessStatusCode();
        var contactId = await ContactIdAsync(staff, conversation);
        var profile = (await staff.GetFromJsonAsync<JsonObject>($"/api/agent/contacts/{contactId}/profile"))!;
        var edited = await staff.PatchAsJsonAsync($"/api/agent/contacts/{contactId}/profile",
            new { version = profile["version"]!.GetValue<int>(), givenName, emails = new[] { email }, tags = new[] { "flood-zone-e2e" } });
        Assert.True(edited.IsSuccessStatusCode, await edited.Content.ReadAsStringAsync());
    }

    // The message is stored before the answer, but the contact may be written a moment later on a busy machine.
    private static async Task<string> ContactIdAsync(HttpClient staff, string conversationId)
    {
        for (var i = 0; i < 100; i++)
        {
            var response = await staff.GetAsync($"/api/agent/conversations/{conversationId}/contact");
            if (response.IsSuccessStatusCode)
                return (await response.Content.ReadFromJsonAsync<JsonObject>())!["contactId"]!.GetValue<string>();
            await Task.Delay(100);
        }
        throw new TimeoutException($"No contact for conversation {conversationId}.");
    }
}
