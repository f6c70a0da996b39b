using CityCrm.EndToEnd.Tests.Hosting;
using Microsoft.Playwright;

namespace CityCrm.EndToEnd.Tests.Browser;

/// <summary>
/// A real host process and a headless Debian Chromium driven by Playwright, shared by a test class.
/// Playwright uses the system browser: it never downloads one.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;
    private IBrowser? browser;
    private CityHostProcess? host;

    public CityHostProcess Host => host ?? throw new InvalidOperationException("The host has not started.");

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: install it with `apt-get install -y chromium`.");
        // Generous bounds for a shared 2-core machine; they only decide when a failing wait gives up.
        Assertions.SetDefaultExpectTimeout(20_000);
        host = await CityHostProcess.StartAsync(CancellationToken.None, await BeforeHostAsync());
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context (its own cookies and storage) with a page on the host.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Host.BaseUri.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "en-US",
        });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <summary>Starts what the host needs beside it and returns the host's extra command-line arguments.</summary>
    protected virtual Task<string[]> BeforeHostAsync() => Task.FromResult(Array.Empty<string>());

    public virtual async Task DisposeAsync()
    {
        if (browser is not null)
            await browser.DisposeAsync();
        playwright?.Dispose();
        if (host is not null)
            await host.DisposeAsync();
    }
}
