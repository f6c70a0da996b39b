using Microsoft.Extensions.DependencyInjection;
using CityCrm.Channels.Twilio.Tests.Support;
using CityCrm.Conversations.Calls;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CityCrm.Channels.Twilio.Tests.Voice;

/// <summary>
/// The real host in memory answering the test number's calls, with the fake Twilio API for the SMS it sends.
/// Agents are always in (<see cref="OpenLine"/>) or never (<see cref="ClosedLine"/>), whatever the clock says.
/// </summary>
public abstract class VoiceLineFactory(bool open) : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("citycrm-voice-").FullName;
    private int calls;
    private int callers;

    public FakeTwilioApi Api { get; private set; } = null!;

    public async Task InitializeAsync() => Api = await FakeTwilioApi.StartAsync(new() { [TestAccount.AccountSid] = TestAccount.AuthToken });

    /// <summary>A call id and a caller no other test uses.</summary>
    public (string CallSid, string Caller) NewCall() =>
        ($"CA{Interlocked.Increment(ref calls):x32}", $"+1555556{Interlocked.Increment(ref callers) + 1000:D4}");

    public ConversationService Conversations => Services.GetRequiredService<ConversationService>();

    public ICallLog CallLog => Services.GetRequiredService<ICallLog>();

    /// <summary>A captured voice webhook (Payloads/voice-*.form) as Twilio would post it for this call and caller.</summary>
    public static Payload Call(string file, string callSid, string caller) =>
        Payload.Load(file).With("CallSid", callSid).With("From", caller).With("Caller", caller);

    public async Task<IReadOnlyList<Message>> TranscriptAsync(string conversationId) =>
        await Conversations.GetTranscriptAsync(conversationId, 0, 500, CancellationToken.None);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("data", dataDirectory);
        foreach (var (key, value) in TestAccount.Settings(Api.BaseUrl))
            builder.UseSetting(key, value);
        builder.UseSetting("Conversations:Inboxes:2:TextInboxId", TestAccount.SmsInbox);
        builder.UseSetting("Conversations:Inboxes:20:Id", "sms-other");
        builder.UseSetting("Conversations:Inboxes:20:ChannelId", "sms");
        builder.UseSetting("Conversations:Inboxes:20:Name", "Second text line");
        builder.UseSetting("Twilio:Voice:MaxQueueWaitSeconds", "120");
        builder.UseSetting("OpeningHours:TimeZone", "UTC");
        foreach (var day in Enum.GetNames<DayOfWeek>())
            builder.UseSetting($"OpeningHours:Weekly:{day}", open ? "00:00-24:00" : "");
        // The demo city's holidays would close the open line on those days.
        for (var i = 0; i < 20; i++)
            builder.UseSetting($"OpeningHours:Closed:{i}", "2000-01-01");
        builder.UseSetting("OpeningHours:Description", "every weekday from 8 to 6");
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Api.DisposeAsync();
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the OS cleans its temp folder.
        }
    }
}

/// <summary>A line whose agents are always in.</summary>
public sealed class OpenLine() : VoiceLineFactory(open: true);

/// <summary>A line whose agents are never in.</summary>
public sealed class ClosedLine() : VoiceLineFactory(open: false);
