using System.Text;
using System.Text.RegularExpressions;
using CityCrm.Channels.Email.Tests.Support;
using Xunit.Abstractions;

namespace CityCrm.Channels.Email.Tests.Fuzzing;

/// <summary>
/// The email parser, mapper and intake fed damaged captured emails and generated hostile ones, as the mailbox reader
/// feeds them: each is kept (read, or stored as its original with a reason) without an exception or a hang, what is
/// stored is sane, and a reply to it carries only our headers.
/// </summary>
[Collection(MailFuzzCollection.Name)]
public sealed partial class MailFuzzTests(InboundHostFactory host, ITestOutputHelper output) : IClassFixture<InboundHostFactory>
{
    private const int Rounds = 150;

    [Fact]
    public async Task KeepAsync_CapturedPayloadsAsTheyAre_EachReadNotQuarantined()
    {
        var run = new MailFuzzRun(host, 4100);
        foreach (var file in Payloads())
            await run.KeepAsync(Path.GetFileName(file), await File.ReadAllBytesAsync(file));

        run.AssertClean();
        Assert.Empty(run.Unreadable);
    }

    [Fact]
    public async Task KeepAsync_MutatedCapturedPayloads_KeptSaneNeverThrowsOrHangs()
    {
        var run = new MailFuzzRun(host, 4101);
        var files = Payloads();
        for (var i = 0; i < Rounds; i++)
        {
            var file = files[run.Mutator.Random.Next(files.Count)];
            var other = await FreshIdAsync(files[run.Mutator.Random.Next(files.Count)], $"{run.Mutator.Seed}-{i}-spliced");
            var original = await FreshIdAsync(file, $"{run.Mutator.Seed}-{i}");
            await run.KeepAsync($"{Path.GetFileName(file)} mutation {i}", run.Mutator.Mutate(original, other));
        }

        run.AssertClean();
        output.WriteLine($"{run.Sent} mutated emails, {run.Unreadable.Count} kept as unreadable originals:\n{string.Join("\n", run.Unreadable)}");
    }

    [Theory]
    [MemberData(nameof(HostileNames))]
    public async Task KeepAsync_HostileEmail_KeptSaneNeverThrowsOrHangs(string name)
    {
        var run = new MailFuzzRun(host, 4102);

        await run.KeepAsync(name, HostileMails.Build(name));

        run.AssertClean();
    }

    public static TheoryData<string> HostileNames => HostileMails.Names;

    // A fresh Message-ID, so that each mutation is stored as itself rather than recognised as the captured email again.
    private static async Task<byte[]> FreshIdAsync(string file, string id) =>
        Encoding.Latin1.GetBytes(MessageIdLine().Replace(Encoding.Latin1.GetString(await File.ReadAllBytesAsync(file)), $"Message-ID: <fuzz-{id}@mail.example>"));

    private static List<string> Payloads() => [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Payloads"), "*.eml").Order()];

    [GeneratedRegex(@"^Message-ID:.*$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex MessageIdLine();
}
