using System.ComponentModel;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using MimeKit;

namespace CityCrm.Channels.Email.Tests.Support;

/// <summary>
/// The npm maildev SMTP sink from tests/node, on free local ports (or a chosen SMTP port) with its own mail folder,
/// read through its REST API. Fails loudly when node or maildev is missing; stopped and cleaned up on dispose.
/// </summary>
public sealed class MailDevServer : IAsyncLifetime
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(120);
    private readonly string folder = Directory.CreateTempSubdirectory("citycrm-maildev-").FullName;
    private readonly HttpClient http = new();
    private Process? process;

    /// <summary>The SMTP port; chosen before start, so a test can point a sender at it while the server is still down.</summary>
    public int SmtpPort { get; } = FreePort.Next();

    public int WebPort { get; } = FreePort.Next();

    public bool Started => process is { HasExited: false };

    Task IAsyncLifetime.InitializeAsync() => StartAsync();

    public async Task StartAsync()
    {
        var script = Path.Combine(TestPaths.NodeDirectory, "node_modules", "maildev", "dist", "bin", "maildev.js");
        if (!File.Exists(script))
            throw new InvalidOperationException($"npm maildev is not installed ({script} is missing): run `npm ci --prefix tests/node`.");
        var info = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { script, "--ip", "127.0.0.1", "--web-ip", "127.0.0.1", "-s", $"{SmtpPort}", "-w", $"{WebPort}", "--mail-directory", folder, "--silent" })
            info.ArgumentList.Add(arg);
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException("Node.js is needed to run maildev: `node` was not found on PATH.", ex);
        }
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        var errors = process.StandardError.ReadToEndAsync();
        http.BaseAddress = new Uri($"http://127.0.0.1:{WebPort}/");
        var deadline = DateTime.UtcNow + StartLimit;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"maildev exited with {process.ExitCode}: {await errors}");
            try
            {
                if ((await http.GetAsync("api/healthz")).IsSuccessStatusCode)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"maildev did not answer /api/healthz within {StartLimit}.");
    }

    /// <summary>The received emails' ids, oldest first.</summary>
    public async Task<IReadOnlyList<string>> ListAsync() =>
        [.. (await http.GetFromJsonAsync<List<Summary>>("api/email"))!.Select(e => e.Id)];

    /// <summary>One received email as sent, parsed by MimeKit.</summary>
    public async Task<MimeMessage> GetAsync(string id)
    {
        await using var source = await http.GetStreamAsync($"api/email/{id}/source");
        using var copy = new MemoryStream();
        await source.CopyToAsync(copy);
        copy.Position = 0;
        return await MimeMessage.LoadAsync(copy);
    }

    /// <summary>Every received email addressed to <paramref name="to"/>, waiting until there are at least <paramref name="count"/>.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(string to, int count = 1, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var found = new List<MimeMessage>();
            foreach (var id in await ListAsync())
            {
                var message = await GetAsync(id);
                if (message.To.Mailboxes.Any(m => string.Equals(m.Address, to, StringComparison.OrdinalIgnoreCase)))
                    found.Add(message);
            }
            if (found.Count >= count || DateTime.UtcNow > deadline)
                return found;
            await Task.Delay(200);
        }
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        if (process is not null)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
            process.Dispose();
        }
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { /* the OS cleans its temp folder */ }
    }

    private sealed record Summary([property: JsonPropertyName("id")] string Id);
}
