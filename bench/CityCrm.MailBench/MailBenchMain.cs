using System.Diagnostics;
using System.Globalization;
using CityCrm.Channels.Email.Inbound;
using CityCrm.Conversations.Mail;
using CityCrm.Conversations.Model;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace CityCrm.MailBench;

/// <summary>
/// 1,000 emails in a real Dovecot mailbox, read by the real host's mailbox reader (stored, threaded, attachments kept,
/// cursor advanced, flagged), against a floor: the same messages only fetched and parsed. Prints
/// "name  seconds  floor  ratio  target  ok/MISS" on stdout; exits 1 when the target is missed.
/// </summary>
public static class MailBenchMain
{
    public static async Task<int> Main(string[] args)
    {
        var count = args.Length > 1 && args[0] == "--count" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000;
        const double targetSeconds = 60;
        await using var dovecot = new BenchDovecot();
        await dovecot.StartAsync();
        using var imap = new ImapClient();
        await imap.ConnectAsync("127.0.0.1", dovecot.Port, SecureSocketOptions.None);
        await imap.AuthenticateAsync(BenchDovecot.User, BenchDovecot.Password);
        var staging = await imap.GetFolder(imap.PersonalNamespaces[0]).CreateAsync("Staging", true);
        Console.Error.WriteLine($"appending {count} emails...");
        foreach (var chunk in BenchMails.Generate(count, BenchDovecot.User).Chunk(100))
            await staging!.AppendAsync(chunk.Select(m => (IAppendRequest)new AppendRequest(m)).ToList());

        var floor = await FloorAsync(staging!);
        Console.Error.WriteLine($"floor (fetch + parse + map only): {floor:0.00} s");

        var data = Directory.CreateTempSubdirectory("citycrm-mailbench-data-").FullName;
        // The host reads its messages, knowledge and catalogue from bots/City311, as when it runs from the repository.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_CITY311", HostFolder());
        await using var host = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("data", data);
            b.UseSetting("Logging:LogLevel:Default", "Warning");
            b.UseSetting("Email:PollSeconds", "5");
            b.UseSetting("Email:Mailboxes:0:Address", BenchDovecot.User);
            b.UseSetting("Email:Mailboxes:0:Imap:Host", "127.0.0.1");
            b.UseSetting("Email:Mailboxes:0:Imap:Port", dovecot.Port.ToString(CultureInfo.InvariantCulture));
            b.UseSetting("Email:Mailboxes:0:Imap:UserName", BenchDovecot.User);
            b.UseSetting("Email:Mailboxes:0:Imap:Password", BenchDovecot.Password);
        });
        using (host.CreateClient())
            Console.Error.WriteLine("host started; moving the emails into INBOX...");
        var cursors = host.Services.GetRequiredService<IMailboxCursors>();
        var store = host.Services.GetRequiredService<IConversationStore>();
        var key = $"email:{BenchDovecot.User}:INBOX".ToLowerInvariant();

        var clock = Stopwatch.StartNew();
        await staging!.OpenAsync(FolderAccess.ReadWrite);
        await staging.MoveToAsync(await staging.SearchAsync(SearchQuery.All), imap.Inbox);
        while ((await cursors.GetAsync(key, CancellationToken.None))?.LastUid is not { } last || last < count)
            await Task.Delay(20);
        var processed = clock.Elapsed.TotalSeconds;
        while ((await store.GetUnhandledIncomingAsync(10, CancellationToken.None)).Count > 0)
            await Task.Delay(100);
        var answered = clock.Elapsed.TotalSeconds;
        await imap.DisconnectAsync(true);

        var ok = processed < targetSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"mail-{count}-processed  {processed:0.00}s  floor {floor:0.00}s  ratio {processed / floor:0.0}x  target <{targetSeconds:0}s  {(ok ? "ok" : "MISS")}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"mail-{count}-bot-answered  {answered:0.00}s  (every bot turn done, for information)"));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(data, recursive: true);
        return ok ? 0 : 1;
    }

    private static string HostFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CityCrm.sln")))
                return Path.Combine(dir.FullName, "bots", "City311");
        }
        throw new DirectoryNotFoundException("Run the bench from the repository (bench/mail.sh): bots/City311 was not found.");
    }

    // The least any reader must do: fetch each message and parse it into our activity; nothing stored.
    private static async Task<double> FloorAsync(IMailFolder folder)
    {
        await folder.OpenAsync(FolderAccess.ReadOnly);
        var clock = Stopwatch.StartNew();
        foreach (var uid in await folder.SearchAsync(SearchQuery.All))
        {
            await using var stream = await folder.GetStreamAsync(uid);
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer);
            buffer.Position = 0;
            MailMapper.Map(await MimeMessage.LoadAsync(buffer), BenchDovecot.User, DateTimeOffset.UtcNow);
        }
        var seconds = clock.Elapsed.TotalSeconds;
        await folder.CloseAsync();
        return seconds;
    }
}
