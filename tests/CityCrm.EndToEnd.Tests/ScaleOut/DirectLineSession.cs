using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using CityCrm.EndToEnd.Tests.DirectLine;

namespace CityCrm.EndToEnd.Tests.ScaleOut;

/// <summary>
/// A resident's open web chat: <c>tests/node/directline-session.js</c> running the official Direct Line client, driven
/// over stdin and reporting every event it sees. Fails loudly when node or the npm packages are missing.
/// </summary>
public sealed class DirectLineSession : IAsyncDisposable
{
    private readonly Process process;
    private readonly Channel<JsonElement> events = Channel.CreateUnbounded<JsonElement>();
    private readonly List<JsonElement> seen = [];

    private DirectLineSession(Process process) => this.process = process;

    /// <summary>The conversation the client holds.</summary>
    public string ConversationId { get; private set; } = "";

    /// <summary>Every activity the client has shown so far, in order.</summary>
    public IReadOnlyList<JsonElement> Activities => Events("activity");

    /// <summary>The events of one kind ("posted", "status", "error") reported so far.</summary>
    public IReadOnlyList<JsonElement> Events(string kind)
    {
        lock (seen) return seen.Where(e => e.GetProperty("event").GetString() == kind).ToList();
    }

    public static async Task<DirectLineSession> StartAsync(Uri baseUri, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = NodeDirectLineClient.NodeDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "directline-session.js", "--base", baseUri.ToString().TrimEnd('/') })
            info.ArgumentList.Add(arg);
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException("Node.js is needed for the official Direct Line client: `node` was not found on PATH.", ex);
        }
        var session = new DirectLineSession(process);
        process.OutputDataReceived += (_, e) => session.OnLine(e.Data);
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var ready = await session.NextAsync(e => e.GetProperty("event").GetString() is "ready" or "error", TimeSpan.FromSeconds(60), cancellationToken);
        if (ready.GetProperty("event").GetString() == "error")
            throw new InvalidOperationException("The Direct Line client failed: " + ready);
        session.ConversationId = ready.GetProperty("conversationId").GetString()!;
        return session;
    }

    /// <summary>Sends a message as the resident; the acknowledgement shows up as a "posted" event.</summary>
    public async Task PostAsync(string text) => await process.StandardInput.WriteLineAsync("post " + text);

    /// <summary>The next event (after those already taken) that matches, or a timeout naming what was seen.</summary>
    public async Task<JsonElement> NextAsync(Func<JsonElement, bool> match, TimeSpan within, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(within);
        try
        {
            while (true)
            {
                var next = await events.Reader.ReadAsync(timeout.Token);
                if (match(next))
                    return next;
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The web chat client saw nothing expected within {within}; it saw:\n{Describe()}");
        }
    }

    /// <summary>Waits for an activity from the city (bot or agent) whose text contains <paramref name="text"/>.</summary>
    public Task<JsonElement> NextReplyAsync(string text, TimeSpan within, CancellationToken cancellationToken) =>
        NextAsync(e => e.GetProperty("event").GetString() == "activity" && e.GetProperty("role").GetString() == "bot"
            && (e.GetProperty("text").GetString() ?? "").Contains(text, StringComparison.OrdinalIgnoreCase), within, cancellationToken);

    /// <summary>Everything the client reported, one event per line, for failure messages.</summary>
    public string Describe()
    {
        lock (seen) return string.Join('\n', seen.Select(e => e.GetRawText()));
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (string.IsNullOrWhiteSpace(line) || !line.StartsWith('{'))
            return;
        var element = JsonDocument.Parse(line).RootElement.Clone();
        lock (seen) seen.Add(element);
        events.Writer.TryWrite(element);
    }
}
