using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CityCrm.EndToEnd.Tests.Hosting;

/// <summary>
/// The real service as a separate process on a free loopback port with its own temp data folder,
/// exactly as an operator starts it (<c>dotnet City311.dll --urls ... --data ...</c>).
/// </summary>
public sealed class CityHostProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private CityHostProcess(Process process, Uri baseUri, string dataDirectory)
    {
        this.process = process;
        BaseUri = baseUri;
        DataDirectory = dataDirectory;
    }

    public Uri BaseUri { get; }

    public string DataDirectory { get; }

    /// <summary>What the host printed so far; included in failure messages.</summary>
    public string Output
    {
        get { lock (output) return output.ToString(); }
    }

    public static Task<CityHostProcess> StartAsync(CancellationToken cancellationToken, params string[] extraArgs) =>
        StartOnAsync(Directory.CreateTempSubdirectory("citycrm-e2e-").FullName, cancellationToken, extraArgs);

    /// <summary>Starts the host on an existing data folder, as an operator restarts it after a crash.</summary>
    public static async Task<CityHostProcess> StartOnAsync(string data, CancellationToken cancellationToken, params string[] extraArgs)
    {
        if (!File.Exists(RepositoryPaths.HostAssembly))
            throw new InvalidOperationException($"The host is not built: {RepositoryPaths.HostAssembly} is missing.");
        var port = FreePort();
        var baseUri = new Uri($"http://127.0.0.1:{port}");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = data,
        };
        foreach (var arg in new[] { RepositoryPaths.HostAssembly, "--urls", baseUri.ToString(), "--data", data, "--contentRoot", RepositoryPaths.HostProjectDirectory }.Concat(extraArgs))
            info.ArgumentList.Add(arg);
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var host = new CityHostProcess(process, baseUri, data);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await host.WaitHealthyAsync(cancellationToken);
        return host;
    }

    /// <summary>
    /// Ends the process with SIGKILL (what <see cref="Process.Kill()"/> sends on Linux): no shutdown code runs, as in a
    /// power cut or the OOM killer. The data folder stays for a restart.
    /// </summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
            process.Kill();
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
        try { Directory.Delete(DataDirectory, recursive: true); }
        catch (IOException) { /* a file still held by a dying child; the temp folder is cleaned by the OS */ }
    }

    private async Task WaitHealthyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = BaseUri, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"The host exited with code {process.ExitCode}:\n{Output}");
            try
            {
                if ((await http.GetAsync("/health", cancellationToken)).StatusCode == HttpStatusCode.OK)
                    return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested) { }
            await Task.Delay(200, cancellationToken);
        }
        throw new TimeoutException($"The host did not become healthy within 90 s:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (output) output.AppendLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
