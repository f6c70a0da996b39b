using System.Text;
using CityCrm.Channels.Email.Inbound;
using CityCrm.Channels.Email.Outbound;
using CityCrm.Channels.Email.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.Channels.Email.Tests.Fuzzing;

/// <summary>
/// Hands emails to the intake exactly as the mailbox reader does (<see cref="MailIntake.KeepAsync"/>) and collects what
/// went wrong: an exception, no end within the hang bound, nothing kept, or a kept message that fails
/// <see cref="MailSanity"/>. The failure message names the seed and each failing email, so a run can be repeated.
/// </summary>
public sealed class MailFuzzRun(InboundHostFactory host, int seed)
{
    /// <summary>Far above what any email should take, even 10 MB ones on a loaded machine: this detects hangs, it times nothing.</summary>
    public static readonly TimeSpan HangBound = TimeSpan.FromSeconds(90);

    private static int validities = 7000;
    private readonly List<string> failures = [];
    private readonly uint validity = (uint)Interlocked.Increment(ref validities);
    private uint uid;

    public static MailboxOptions Mailbox { get; } = new() { InboxId = "email", Address = "311@riverton.example", DisplayName = "City of Riverton 311" };

    /// <summary>The seed, or <c>CITYCRM_FUZZ_SEED</c> when set (to explore beyond the fixed ones).</summary>
    public MailMutator Mutator { get; } = new(int.TryParse(Environment.GetEnvironmentVariable("CITYCRM_FUZZ_SEED"), out var chosen) ? chosen : seed);

    public int Sent { get; private set; }

    /// <summary>The emails kept as unreadable originals, each with the reason stored on it.</summary>
    public List<string> Unreadable { get; } = [];

    /// <summary>Keeps <paramref name="raw"/> as the reader would and checks what was kept.</summary>
    public async Task KeepAsync(string what, byte[] raw)
    {
        Sent++;
        var intake = host.Services.GetRequiredService<MailIntake>();
        try
        {
            var result = await Task.Run(() => intake.KeepAsync(Mailbox, raw, validity, ++uid, CancellationToken.None)).WaitAsync(HangBound);
            // Null is a bounce: recorded against the addresses it reports, no conversation.
            if (result is null)
                return;
            if (result.Message.Activity.ChannelData is { } data && data.TryGetProperty("unreadable", out var reason))
                Unreadable.Add($"{what}: {reason.GetString()}");
            foreach (var problem in MailSanity.Stored(result))
                Fail(what, problem, raw);
            foreach (var problem in await MailSanity.ReplyAsync(host.Services.GetRequiredService<ReplyMessageBuilder>(), Mailbox, result))
                Fail(what, problem, raw);
        }
        catch (TimeoutException)
        {
            Fail(what, $"not kept within {HangBound.TotalSeconds} s", raw);
        }
        catch (Exception e)
        {
            Fail(what, $"threw {e.GetType().Name}: {e.Message}", raw);
        }
    }

    /// <summary>Fails the test with every recorded failure, the seed first.</summary>
    public void AssertClean()
    {
        Assert.True(Sent > 0, "Nothing was sent.");
        Assert.True(failures.Count == 0,
            $"Mail fuzz seed {Mutator.Seed} (repeat with CITYCRM_FUZZ_SEED={Mutator.Seed}): {failures.Count} problem(s) in {Sent} emails\n" + string.Join("\n", failures.Take(15)));
    }

    private void Fail(string what, string problem, byte[] raw) =>
        failures.Add($"{what}: {problem}\n    email ({raw.Length} bytes): {Encoding.Latin1.GetString(raw, 0, Math.Min(raw.Length, 400)).ReplaceLineEndings("\\n")}");
}
