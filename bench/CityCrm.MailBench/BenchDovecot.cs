using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

using CityCrm.Testing;

namespace CityCrm.MailBench;

/// <summary>Debian's Dovecot in a temp folder on a free 127.0.0.1 port, one plain-login user.</summary>
internal sealed class BenchDovecot : IAsyncDisposable
{
    public const string User = "bench@city.test";
    public const string Password = "secret";
    private readonly string root = Directory.CreateTempSubdirectory("citycrm-mailbench-").FullName;
    private Process? process;

    public int Port { get; } = FreePort();

    public async Task StartAsync()
    {
        var config = await DovecotFolder.PrepareAsync(root, Port, [User], Password);
        process = Process.Start(new ProcessStartInfo(DovecotFolder.Executable, ["-c", config, "-F"]) { RedirectStandardError = true });
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (attempt < 300)
            {
                await Task.Delay(50);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process?.Dispose();
        Directory.Delete(root, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
