using System.Diagnostics;

namespace CityCrm.Testing;

/// <summary>
/// Lays out a standalone Dovecot (Debian dovecot-imapd) in a temp folder: plain login on one 127.0.0.1 port, no TLS, a
/// maildir per user, run as nobody. Shared by the email tests and the mail bench (linked into both projects).
/// </summary>
internal static class DovecotFolder
{
    public const string Executable = "/usr/sbin/dovecot";

    /// <summary>Writes the users file and the configuration under <paramref name="root"/>; returns the configuration's path.</summary>
    public static async Task<string> PrepareAsync(string root, int port, IEnumerable<string> users, string password)
    {
        if (!File.Exists(Executable))
            throw new InvalidOperationException($"{Executable} is missing: install Debian's dovecot-imapd (tests/run-all.sh does).");
        // The server runs as nobody, who must reach the maildir under this (root-only by default) folder.
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(root, (UnixFileMode)0b111_101_101);
        foreach (var dir in new[] { "run", "state", "maildir", "home" })
            Directory.CreateDirectory(Path.Combine(root, dir));
        await File.WriteAllLinesAsync(Path.Combine(root, "users"), users.Select(u => $"{u}:{{PLAIN}}{password}:65534:65534::{root}/home/{u}::"));
        var config = Path.Combine(root, "dovecot.conf");
        await File.WriteAllTextAsync(config, Config(root, port));
        using (var chown = Process.Start("chown", ["-R", "nobody:nogroup", Path.Combine(root, "maildir"), Path.Combine(root, "home")]))
            await chown.WaitForExitAsync();
        return config;
    }

    private static string Config(string root, int port) => $$"""
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
            port = {{port}}
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
        """;
}
