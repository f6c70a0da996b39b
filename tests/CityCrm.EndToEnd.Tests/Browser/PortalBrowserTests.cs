using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CityCrm.EndToEnd.Tests.Browser;

/// <summary>The resident portal (<c>/my</c>) against the real host in headless Chromium, signing in with the emailed code.</summary>
public sealed partial class PortalBrowserTests(PortalBrowserFixture fixture) : IClassFixture<PortalBrowserFixture>
{
    private const string Markup = "<img src=x onerror=\"document.title='injected'\">";

    [Fact]
    public async Task Portal_SignInWithTheEmailedCode_ShowsTheirRequestWithResidentTextAsText()
    {
        const string email = "rosa.portal@example.org";
        var reference = await FileRequestAsync(email, "Swing chain broken " + Markup);
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/my/");

        await page.GetByLabel("Your email or mobile number").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send me a code" }).ClickAsync();
        var mail = Assert.Single(await fixture.Mail.WaitForAsync(email));
        var code = SixDigits().Match(mail.TextBody ?? "").Value;
        await page.GetByLabel("The 6-digit code").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        var request = page.Locator($"#requests li[data-reference='{reference}']");
        await Expect(request.Locator(".my-status")).ToHaveTextAsync("open");
        await Expect(request.Locator(".my-request__description")).ToHaveTextAsync("Swing chain broken " + Markup);
        Assert.Equal(0, await page.Locator("#requests img").CountAsync());
        Assert.NotEqual("injected", await page.TitleAsync());
    }

    [Fact]
    public async Task Portal_SpanishAndConsent_RecordsTheWordingShown()
    {
        const string email = "luis.portal@example.org";
        var reference = await FileRequestAsync(email, "Farola apagada");
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/my/");
        await page.Locator("#lang").SelectOptionAsync("es");

        await page.GetByLabel("Su correo electrónico o número de móvil").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Enviarme un código" }).ClickAsync();
        var mail = Assert.Single(await fixture.Mail.WaitForAsync(email));
        Assert.Contains("su código para entrar en Mi 311", mail.TextBody ?? "", StringComparison.Ordinal);
        await page.GetByLabel("El código de 6 dígitos").FillAsync(SixDigits().Match(mail.TextBody ?? "").Value);
        await page.GetByRole(AriaRole.Button, new() { Name = "Entrar" }).ClickAsync();

        await Expect(page.Locator($"#requests li[data-reference='{reference}'] .my-status")).ToHaveTextAsync("abierta");
        var sms = page.Locator("#consents li[data-channel='sms']");
        var wording = await sms.Locator(".my-consent__wording").TextContentAsync();
        await sms.GetByRole(AriaRole.Button, new() { Name = "Detener" }).ClickAsync();
        await Expect(sms.Locator(".my-consent__state")).ToHaveTextAsync("Detenido");

        var profile = await page.APIRequest.GetAsync("/api/my/profile");
        var consent = (await profile.JsonAsync())!.Value.GetProperty("consents").EnumerateArray().Single();
        Assert.Equal((wording, "portal", false), (consent.GetProperty("wording").GetString(), consent.GetProperty("source").GetString(), consent.GetProperty("optedIn").GetBoolean()));
    }

    [Fact]
    public async Task Portal_FollowATopic_ShowsItFollowedAndRecordsTheWordingShown()
    {
        const string email = "maya.portal@example.org";
        await FileRequestAsync(email, "Sidewalk cracked");
        var page = await SignInAsync(email);

        var flooding = page.Locator("#subscriptions li[data-topic='flooding']");
        await Expect(flooding.Locator(".my-consent__state")).ToHaveTextAsync("Not following");
        var wording = await flooding.Locator(".my-consent__wording").TextContentAsync();
        await flooding.GetByRole(AriaRole.Button, new() { Name = "Follow" }).ClickAsync();

        await Expect(flooding.Locator(".my-consent__state")).ToHaveTextAsync("Following");
        await Expect(flooding.GetByRole(AriaRole.Button, new() { Name = "Unfollow" })).ToBeVisibleAsync();
        var profile = await page.APIRequest.GetAsync("/api/my/profile");
        var consent = (await profile.JsonAsync())!.Value.GetProperty("consents").EnumerateArray().Single();
        Assert.Equal(("subscription:flooding", wording, "portal", true), (consent.GetProperty("topic").GetString(), consent.GetProperty("wording").GetString(),
            consent.GetProperty("source").GetString(), consent.GetProperty("optedIn").GetBoolean()));
    }

    [Fact]
    public async Task Portal_AddAnEmail_IsUnconfirmedUntilTheCodeMailedToItIsTyped()
    {
        const string email = "omar.portal@example.org";
        const string added = "omar.work@example.org";
        await FileRequestAsync(email, "Graffiti on the underpass");
        var page = await SignInAsync(email);

        await page.GetByLabel("Add a phone or email").FillAsync(added);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send a code to it" }).ClickAsync();
        var pending = page.Locator($"#pending-addresses li[data-address='{added}']");
        await Expect(pending.Locator(".my-consent__state")).ToHaveTextAsync("Unconfirmed: type the code we sent to it");
        await Expect(page.Locator("#emails")).Not.ToHaveValueAsync(new Regex(Regex.Escape(added)));
        var mail = Assert.Single(await fixture.Mail.WaitForAsync(added));
        Assert.Contains("your code to confirm this address for My 311", mail.TextBody ?? "", StringComparison.Ordinal);
        await pending.GetByLabel("Code " + added).FillAsync(SixDigits().Match(mail.TextBody ?? "").Value);
        await pending.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();

        await Expect(page.Locator("#address-status")).ToHaveTextAsync("Confirmed and added to your details.");
        await Expect(page.Locator("#pending-addresses li")).ToHaveCountAsync(0);
        await Expect(page.Locator("#emails")).ToHaveValueAsync(new Regex(Regex.Escape(added)));
    }

    private async Task<IPage> SignInAsync(string email)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/my/");
        await page.GetByLabel("Your email or mobile number").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send me a code" }).ClickAsync();
        var mail = (await fixture.Mail.WaitForAsync(email)).Last();
        await page.GetByLabel("The 6-digit code").FillAsync(SixDigits().Match(mail.TextBody ?? "").Value);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("#portal")).ToBeVisibleAsync();
        return page;
    }

    // A request filed through Open311 makes the email a known contact with a request, as a city's app would.
    private async Task<string> FileRequestAsync(string email, string description)
    {
        using var http = new HttpClient { BaseAddress = fixture.Host.BaseUri };
        var response = await http.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["api_key"] = "riverton-open311-demo-key-change-me", ["service_code"] = "streetlight-out", ["lat"] = "42.3487", ["long"] = "-71.0578",
            ["address_string"] = "185 Kneeland St", ["email"] = email, ["description"] = description,
        }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement[0].GetProperty("service_request_id").GetString()!;
    }

    [GeneratedRegex(@"\b[0-9]{6}\b")]
    private static partial Regex SixDigits();
}
