using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using MimeKit;
using CityCrm.Testing;

namespace CityCrm.Channels.Email.Tests.Support;

/// <summary>
/// A real Dovecot IMAP server (Debian dovecot-imapd) in a temp folder on a free 127.0.0.1 port, plain login, one
/// maildir per user. Started by the fixture, stopped and deleted after; it can be stopped and started again on the
/// same port and mail to test a server going away.
/// </summary>
public sealed class DovecotServer : IAsyncLifetime
{
    public const string Executable = DovecotFolder.Executable;
    public const string Password = "secret";
    private const int Users = 40;
    private readonly string root = Directory.CreateTempSubdirectory("citycrm-dovecot-").FullName;
    private Process? process;
    private int handedOut;

    public int Port { get; } = FreePort();

    public string ConfigPath => Path.Combine(root, "dovecot.conf");

    /// <summary>A user (and mailbox) no other test of this server uses.</summary>
    public string NewUser()
    {
        var n = Interlocked.Increment(ref handedOut);
        if (n > Users)
            throw new InvalidOperationException($"The test server has only {Users} users.");
        return $"box{n}@city.test";
    }

    public async Task InitializeAsync()
    {
        await DovecotFolder.PrepareAsync(root, Port, Enumerable.Range(1, Users).Select(i => $"box{i}@city.test"), Password);
        await StartAsync();
    }

    /// <summary>Starts the server and waits until it accepts connections.</summary>
    public async Task StartAsync()
    {
        var start = new ProcessStartInfo(Executable) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-c", ConfigPath, "-F" })
            start.ArgumentList.Add(arg);
        process = Process.Start(start) ?? throw new InvalidOperationException("Dovecot did not start.");
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
                await Task.Delay(50);
            }
            catch (SocketException ex)
            {
                var log = File.Exists(Path.Combine(root, "dovecot.log")) ? await File.ReadAllTextAsync(Path.Combine(root, "dovecot.log")) : "";
                throw new InvalidOperationException($"Dovecot is not listening on {Port}: {ex.Message}\n{await process.StandardError.ReadToEndAsync()}\n{log}");
            }
        }
    }

    /// <summary>Stops the server (its connections drop); the mail stays for the next start.</summary>
    public async Task StopAsync()
    {
        if (process is null)
            return;
        if (!process.HasExited)
        {
            // Dovecot's master takes its children with it on SIGTERM.
            await RunAsync(Executable, "-c", ConfigPath, "stop");
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            await process.WaitForExitAsync(wait.Token);
        }
        process.Dispose();
        process = null;
    }

    /// <summary>The reader's settings for <paramref name="user"/>'s mailbox.</summary>
    public MailboxOptions Mailbox(string user, string inboxId = "email", string processedFolder = "") => new()
    {
        InboxId = inboxId,
        Address = user,
        DisplayName = "City of Riverton 311",
        Imap = new MailServerOptions { Host = "127.0.0.1", Port = Port, Security = "None", UserName = user, Password = Password },
        ProcessedFolder = processedFolder,
    };

    /// <summary>A signed-in client on <paramref name="user"/>'s mailbox, for delivering and inspecting mail.</summary>
    public async Task<ImapClient> ConnectAsync(string user)
    {
        var client = new ImapClient();
        await client.ConnectAsync("127.0.0.1", Port, SecureSocketOptions.None);
        await client.AuthenticateAsync(user, Password);
        return client;
    }

    /// <summary>Delivers messages to <paramref name="user"/>'s INBOX by IMAP APPEND.</summary>
    public async Task AppendAsync(string user, params MimeMessage[] messages)
    {
        using var client = await ConnectAsync(user);
        foreach (var chunk in messages.Chunk(100))
            await client.Inbox.AppendAsync(chunk.Select(m => (IAppendRequest)new AppendRequest(m)).ToList());
        await client.DisconnectAsync(true);
    }

    /// <summary>
    /// Delivers raw emails to <paramref name="user"/>'s INBOX as a delivery agent does (a file in the maildir's new/),
    /// byte for byte, one at a time in order: IMAP APPEND would need them parsed first, and these may not parse.
    /// </summary>
    public async Task DeliverRawAsync(string user, IEnumerable<byte[]> mails)
    {
        using var client = await ConnectAsync(user);
        await client.Inbox.OpenAsync(FolderAccess.ReadOnly);
        var maildir = Path.Combine(root, "maildir", user);
        var n = 0;
        foreach (var mail in mails)
        {
            var name = $"{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}.M{++n}P{Environment.ProcessId}.citycrm-test";
            var staged = Path.Combine(maildir, "tmp", name);
            await File.WriteAllBytesAsync(staged, mail);
            // Written by this process's user; the server runs as nobody.
            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(staged, (UnixFileMode)0b110_110_110);
            var expected = client.Inbox.Count + 1;
            File.Move(staged, Path.Combine(maildir, "new", name));
            // Waiting for each to be counted gives them UIDs in delivery order.
            var giveUp = DateTime.UtcNow.AddSeconds(30);
            while (client.Inbox.Count < expected && DateTime.UtcNow < giveUp)
                await client.NoOpAsync();
        }
        await client.DisconnectAsync(true);
    }

    /// <summary>The flags of each message in <paramref name="user"/>'s folder, in the folder's order.</summary>
    public async Task<List<MessageFlags>> FlagsAsync(string user, string folderName = "INBOX")
    {
        using var client = await ConnectAsync(user);
        var folder = folderName == "INBOX" ? client.Inbox : await client.GetFolderAsync(folderName);
        await folder.OpenAsync(FolderAccess.ReadOnly);
        var summaries = folder.Count == 0 ? [] : await folder.FetchAsync(0, -1, MessageSummaryItems.Flags | MessageSummaryItems.UniqueId);
        await client.DisconnectAsync(true);
        return [.. summaries.Select(s => s.Flags ?? MessageFlags.None)];
    }

    public async Task DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A late log write; the OS cleans its temp folder.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var run = Process.Start(start)!;
        await run.WaitForExitAsync();
        if (run.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed: {await run.StandardError.ReadToEndAsync()}");
    }
}
