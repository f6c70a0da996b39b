using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using CityCrm.EndToEnd.Tests.Hosting;

namespace CityCrm.EndToEnd.Tests.DirectLine;

/// <summary>
/// Runs <c>tests/node/directline-conversation.js</c>: the official botframework-directlinejs client, unmodified,
/// holding one conversation with a running host. Fails loudly when node or the npm packages are missing.
/// </summary>
internal static class NodeDirectLineClient
{
    private static readonly TimeSpan ProcessLimit = TimeSpan.FromMinutes(3);

    public static string NodeDirectory => Path.Combine(RepositoryPaths.Root, "tests", "node");

    public static async Task<JsonElement> RunAsync(Uri baseUri, string mode, string text, string expect, TimeSpan wait)
    {
        var client = Path.Combine(NodeDirectory, "node_modules", "botframework-directlinejs", "package.json");
        if (!File.Exists(client))
            throw new InvalidOperationException($"The official Direct Line client is not installed ({client} is missing): run `npm ci --prefix tests/node`.");

        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = NodeDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] args = ["directline-conversation.js", "--base", baseUri.ToString().TrimEnd('/'), "--mode", mode,
            "--text", text, "--expect", expect, "--timeout", ((int)wait.TotalMilliseconds).ToString()];
        foreach (var arg in args)
            info.ArgumentList.Add(arg);

        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException("Node.js is needed for the official Direct Line client tests: `node` was not found on PATH.", ex);
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var limit = new CancellationTokenSource(ProcessLimit);
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"The Direct Line client did not finish within {ProcessLimit}. stderr:\n{await stderr}");
            }
            var output = (await stdout).Trim();
            var lastLine = output.Split('\n')[^1];
            if (process.ExitCode != 0 || !lastLine.StartsWith('{'))
                throw new InvalidOperationException($"The Direct Line client failed (exit {process.ExitCode}).\nstdout:\n{output}\nstderr:\n{await stderr}");
            return JsonDocument.Parse(lastLine).RootElement.Clone();
        }
    }

    /// <summary>The script's result, readable in an assertion message.</summary>
    public static string Describe(JsonElement result) => JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true });
}
