using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CityCrm.MailBench;

/// <summary>Debian's Dovecot in a temp folder on a free 127.0.0.1 port, one plain-login user.</summary>
internal sealed class BenchDovecot : IAsyncDisposable
{
    public const string User = "bench@city.test";
    public const string Password = "secret";
    private const string Executable = "/usr/sbin/dovecot";
    private readonly string root = Directory.CreateTempSubdirectory("citycrm-mailbench-").FullName;
    private Process? process;

    public int Port { get; } = FreePort();

    public async Task StartAsync()
    {
        if (!File.Exists(Executable))
            throw new InvalidOperationException($"{Executable} is missing: apt-get install dovecot-imapd.");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(root, (UnixFileMode)0b111_101_101);
        foreach (var dir in new[] { "run", "state", "maildir", "home" })
            Directory.CreateDirectory(Path.Combine(root, dir));
        await File.WriteAllTextAsync(Path.Combine(root, "users"), $"{User}:{{PLAIN}}{Password}:65534:65534::{root}/home/{User}::\n");
        await File.WriteAllTextAsync(Path.Combine(root, "dovecot.conf"), $$"""
            base_dir = {{root}}/run
            state_dir = {{root}}/state
            log_path = {{root}}/dovecot.log
            protocols = imap
            listen = 127.0.0.1
            ssl = no
            disable_plaintext_auth = no
            auth_mechanisms = plain login
            mail_location = maildir:{{root}}/maildir/%u
            first_valid_uid = 100
            passdb {
              driver = passwd-file
              args = scheme=PLAIN username_format=%u {{root}}/users
            }
            userdb {
              driver = passwd-file
              args = username_format=%u {{root}}/users
            }
            service imap-login {
              inet_listener imap {
                address = 127.0.0.1
                port = {{Port}}
              }
              inet_listener imaps {
                port = 0
              }
            }
            service auth {
              unix_listener auth-userdb {
                mode = 0666
              }
            }
            """);
        using (var chown = Process.Start("chown", ["-R", "nobody:nogroup", Path.Combine(root, "maildir"), Path.Combine(root, "home")]))
            await chown.WaitForExitAsync();
        process = Process.Start(new ProcessStartInfo(Executable, ["-c", Path.Combine(root, "dovecot.conf"), "-F"]) { RedirectStandardError = true });
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
