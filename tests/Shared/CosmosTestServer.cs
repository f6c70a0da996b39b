using System.ComponentModel;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CityCrm.Testing;

/// <summary>
/// The npm Cosmos DB server implementation (@vercel/cosmosdb-server) behind tests/node/cosmos-server.js, started once
/// per test process on a free loopback port and stopped when the process exits. Fails loudly when node or the
/// package is missing. Each test makes its own database on it, so tests run in parallel without meeting.
/// </summary>
internal static class CosmosTestServer
{
    /// <summary>The well-known local development key: the server accepts any key, the SDK wants a base64 one.</summary>
    public const string Key = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";

    private static readonly Lazy<Task<string>> Started = new(StartAsync);

    /// <summary>The endpoint (https://127.0.0.1:port/) once the server answers.</summary>
    public static Task<string> EndpointAsync() => Started.Value;

    /// <summary>
    /// Makes the server answer the next requests with faults instead of serving them: <paramref name="count"/> times
    /// <paramref name="status"/> (429 carries x-ms-retry-after-ms) for requests whose path contains <paramref name="pathContains"/>;
    /// replaces earlier faults for the same path only (a count of 0 clears them).
    /// </summary>
    public static async Task InjectFaultsAsync(int status, int count, string pathContains, int retryAfterMs = 10)
    {
        using var http = Client(await EndpointAsync());
        var body = $$"""[{"status":{{status}},"count":{{count}},"pathContains":"{{pathContains}}","retryAfterMs":{{retryAfterMs}}}]""";
        (await http.PostAsync("_faults", new StringContent(body, Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
    }

    private static async Task<string> StartAsync()
    {
        var root = FindRoot();
        var script = Path.Combine(root, "tests", "node", "cosmos-server.js");
        var package = Path.Combine(root, "tests", "node", "node_modules", "@vercel", "cosmosdb-server", "package.json");
        if (!File.Exists(package))
            throw new InvalidOperationException($"npm @vercel/cosmosdb-server is not installed ({package} is missing): run `npm ci --prefix tests/node`.");
        var port = FreePort();
        var info = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Path.GetDirectoryName(script)! };
        info.ArgumentList.Add(script);
        info.ArgumentList.Add(port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException("Node.js is needed to run the Cosmos DB test server: `node` was not found on PATH.", ex);
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) => { try { process.Kill(); } catch (InvalidOperationException) { } };
        var ready = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var errors = new StringBuilder();
        process.ErrorDataReceived += (_, e) => { lock (errors) errors.AppendLine(e.Data); };
        process.OutputDataReceived += (_, e) => ready.TrySetResult(e.Data);
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var said = await ready.Task.WaitAsync(TimeSpan.FromSeconds(60));
        if (said is null || !said.StartsWith("ready", StringComparison.Ordinal))
            throw new InvalidOperationException($"The Cosmos DB test server did not start (said: '{said}', errors: {errors}).");
        return $"https://127.0.0.1:{port}/";
    }

    private static HttpClient Client(string endpoint) => new(new HttpClientHandler
    {
        ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
    }) { BaseAddress = new Uri(endpoint) };

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CityCrm.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("CityCrm.sln not found above " + AppContext.BaseDirectory);
    }
}
