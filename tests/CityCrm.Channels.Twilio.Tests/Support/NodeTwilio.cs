using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CityCrm.Channels.Twilio.Tests.Support;

/// <summary>
/// Runs <c>tests/node/twilio-webhook.js</c>: the official npm <c>twilio</c> library signing and validating webhooks
/// as Twilio does, and fast-xml-parser reading TwiML. Fails loudly when node or the packages are missing.
/// </summary>
public static class NodeTwilio
{
    private static readonly TimeSpan ProcessLimit = TimeSpan.FromMinutes(1);

    /// <summary>X-Twilio-Signature for a POST of <paramref name="parameters"/> to <paramref name="url"/>.</summary>
    public static async Task<string> SignAsync(string authToken, string url, IEnumerable<KeyValuePair<string, string>> parameters) =>
        (await SignManyAsync(authToken, [(url, parameters)]))[0];

    public static async Task<IReadOnlyList<string>> SignManyAsync(string authToken, IEnumerable<(string Url, IEnumerable<KeyValuePair<string, string>> Parameters)> requests)
    {
        var input = new JsonObject
        {
            ["op"] = "sign",
            ["authToken"] = authToken,
            ["requests"] = new JsonArray(requests.Select(r => (JsonNode)new JsonObject
            {
                ["url"] = r.Url,
                ["params"] = Params(r.Parameters),
            }).ToArray()),
        };
        var result = await RunAsync(input);
        return result["signatures"]!.AsArray().Select(s => s!.GetValue<string>()).ToList();
    }

    /// <summary>What the library's validateRequest says of a signature.</summary>
    public static async Task<bool> ValidateAsync(string authToken, string signature, string url, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var input = new JsonObject { ["op"] = "validate", ["authToken"] = authToken, ["signature"] = signature, ["url"] = url, ["params"] = Params(parameters) };
        return (await RunAsync(input))["valid"]!.GetValue<bool>();
    }

    /// <summary>fast-xml-parser's reading of a TwiML document: null when it is not well-formed, else the parsed tree.</summary>
    public static async Task<JsonNode?> ParseTwimlAsync(string xml)
    {
        var result = await RunAsync(new JsonObject { ["op"] = "parse-twiml", ["xml"] = xml });
        return result["valid"]!.GetValue<bool>() ? result["document"] : null;
    }

    private static JsonObject Params(IEnumerable<KeyValuePair<string, string>> parameters)
    {
        // A repeated name goes to the library as an array, which it signs the way Twilio does.
        var obj = new JsonObject();
        foreach (var group in parameters.GroupBy(p => p.Key))
        {
            var values = group.Select(p => p.Value).ToList();
            obj[group.Key] = values.Count == 1 ? values[0] : new JsonArray(values.Select(v => (JsonNode)v).ToArray());
        }
        return obj;
    }

    private static async Task<JsonNode> RunAsync(JsonObject input)
    {
        var package = Path.Combine(RepositoryPaths.NodeDirectory, "node_modules", "twilio", "package.json");
        if (!File.Exists(package))
            throw new InvalidOperationException($"The npm twilio library is not installed ({package} is missing): run `npm ci --prefix tests/node`.");
        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = RepositoryPaths.NodeDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
        };
        info.ArgumentList.Add("twilio-webhook.js");
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException("Node.js is needed to sign webhooks with the npm twilio library: `node` was not found on PATH.", ex);
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.StandardInput.WriteAsync(input.ToJsonString());
            process.StandardInput.Close();
            using var limit = new CancellationTokenSource(ProcessLimit);
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"twilio-webhook.js did not finish within {ProcessLimit}. stderr:\n{await stderr}");
            }
            var output = (await stdout).Trim();
            if (process.ExitCode != 0 || !output.StartsWith('{'))
                throw new InvalidOperationException($"twilio-webhook.js failed (exit {process.ExitCode}).\nstdout:\n{output}\nstderr:\n{await stderr}");
            return JsonNode.Parse(output)!;
        }
    }
}
