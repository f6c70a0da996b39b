using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace CityCrm.ConsoleBench;

/// <summary>
/// The built host as its own process on Kestrel (<c>dotnet City311.dll --urls --data --contentRoot</c>), as an operator
/// runs it, so its memory is measured apart from the consoles'.
/// </summary>
internal sealed class BenchHost : IAsyncDisposable
{
    private readonly Process process;
    private readonly string data;

    private BenchHost(Process process, Uri baseUri, string data)
    {
        this.process = process;
        BaseUri = baseUri;
        this.data = data;
    }

    public Uri BaseUri { get; }

    public static async Task<BenchHost> StartAsync(string hostAssembly, string contentRoot, CancellationToken cancellationToken, params string[] settings)
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var data = Directory.CreateTempSubdirectory("citycrm-consolebench-").FullName;
        var baseUri = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = data };
        foreach (var arg in new[] { hostAssembly, "--urls", baseUri.ToString(), "--data", data, "--contentRoot", contentRoot, "--Logging:LogLevel:Default", "Warning" }.Concat(settings))
            info.ArgumentList.Add(arg);
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        // Drained so a chatty host never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("host: " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new BenchHost(process, baseUri, data);
        using var http = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(2) };
        for (var deadline = DateTime.UtcNow.AddSeconds(120); DateTime.UtcNow < deadline; await Task.Delay(200, cancellationToken))
        {
            if (process.HasExited)
                throw new InvalidOperationException($"The host exited with code {process.ExitCode}.");
            try
            {
                if ((await http.GetAsync("/health", cancellationToken)).IsSuccessStatusCode)
                    return host;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested) { }
        }
        await host.DisposeAsync();
        throw new TimeoutException("The host did not become healthy within 120 s.");
    }

    /// <summary>
    /// CPU time the host process has used so far (user + system), in seconds. On a machine shared with other work
    /// the CPU a message costs moves far less than the wall-clock time it takes.
    /// </summary>
    public double CpuSeconds()
    {
        process.Refresh();
        return process.TotalProcessorTime.TotalSeconds;
    }

    /// <summary>The host process's resident memory (VmRSS), in MiB.</summary>
    public double ResidentMegabytes()
    {
        var line = File.ReadLines($"/proc/{process.Id.ToString(CultureInfo.InvariantCulture)}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
        try { Directory.Delete(data, recursive: true); }
        catch (IOException) { /* the OS cleans its temp folder */ }
    }
}
