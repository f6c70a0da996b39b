using System.Text.Json;
using System.Text.RegularExpressions;
using CityCrm.Channels.Email.Inbound;
using CityCrm.Channels.Email.Outbound;
using CityCrm.Channels.Schema;
using CityCrm.Conversations.Inbound;
using MimeKit;

namespace CityCrm.Channels.Email.Tests.Fuzzing;

/// <summary>
/// What must hold for any email once kept: its stored words are plain text of bounded length with no control
/// characters, the sender is a plain address (or the unknown-sender stand-in), the file list is bounded, and a reply
/// to it has exactly our headers: nothing the sender wrote becomes a header line of its own.
/// </summary>
public static partial class MailSanity
{
    private static readonly HashSet<string> ReplyHeaders = new(StringComparer.OrdinalIgnoreCase)
        { "From", "To", "Subject", "Date", "Message-Id", "In-Reply-To", "References", "Auto-Submitted", "MIME-Version", "Content-Type" };

    /// <summary>What is wrong with the stored message, if anything.</summary>
    public static IEnumerable<string> Stored(InboundResult result)
    {
        var activity = result.Message.Activity;
        if (result.Message.Text is not { } text)
            yield return "no text was stored";
        else if (Problem(text, MailMapper.MaxTextLength + 200) is { } textProblem)
            yield return "text: " + textProblem;
        if (activity.TextFormat != "plain")
            yield return $"text format {activity.TextFormat}";
        if (activity.ChannelData is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty("fullText", out var full)
            && full.ValueKind == JsonValueKind.String && Problem(full.GetString()!, MailMapper.MaxTextLength + 200) is { } fullProblem)
            yield return "fullText: " + fullProblem;
        if (activity.From?.Name is { } name && Problem(name, MailMapper.MaxNameLength) is { } nameProblem)
            yield return "sender name: " + nameProblem;
        if (result.Conversation.Address != MailIntake.UnknownSender && !PlainAddress().IsMatch(result.Conversation.Address))
            yield return $"sender address is not a plain address: {Show(result.Conversation.Address)}";
        var files = activity.Attachments ?? [];
        if (files.Count > MailMapper.MaxFiles + 1)
            yield return $"{files.Count} files listed";
        foreach (var file in files.Where(f => Problem(f.Name ?? "", 200) is not null))
            yield return $"file name: {Problem(file.Name ?? "", 200)}";
    }

    /// <summary>What is wrong with a reply to the stored message, as the outbox would send it, if anything.</summary>
    public static async Task<IReadOnlyList<string>> ReplyAsync(ReplyMessageBuilder builder, MailboxOptions mailbox, InboundResult result)
    {
        // The sender refuses an address it cannot parse: no reply goes out at all.
        if (!MailboxAddress.TryParse(result.Conversation.Address, out var to))
            return [];
        var delivery = new OutboundDelivery(mailbox.InboxId, result.Conversation.Id, result.Conversation.Address, result.Message.Sequence + 1, new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = ChannelIds.Email,
            From = new ChannelAccount("agent-1", "Alex Agent", "agent"),
            Text = "Thank you, we are on it.",
        });
        var email = await builder.BuildAsync(mailbox, to, delivery, CancellationToken.None);
        using var bytes = new MemoryStream();
        await email.Message.WriteToAsync(bytes);
        bytes.Position = 0;
        var headers = await HeaderList.LoadAsync(bytes);
        var problems = headers.Select(h => h.Field).Where(f => !ReplyHeaders.Contains(f)).Select(f => $"reply carries a header {Show(f)}").ToList();
        problems.AddRange(headers.GroupBy(h => h.Field, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => $"reply carries {g.Key} {g.Count()} times"));
        var recipients = MimeMessage.Load(new MemoryStream(bytes.ToArray())).To.Mailboxes.Count();
        if (recipients != 1)
            problems.Add($"reply goes to {recipients} recipients");
        return problems;
    }

    private static string? Problem(string text, int maxLength)
    {
        if (text.Length > maxLength)
            return $"{text.Length} characters (at most {maxLength})";
        var bad = text.Select((c, i) => (c, i)).FirstOrDefault(x => (char.IsControl(x.c) && x.c is not ('\n' or '\t')) || LoneSurrogate(text, x.i));
        return bad == default ? null : $"character U+{(int)bad.c:X4} at {bad.i}: {Show(text)}";
    }

    private static bool LoneSurrogate(string text, int i) =>
        char.IsHighSurrogate(text[i]) ? i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])
        : char.IsLowSurrogate(text[i]) && (i == 0 || !char.IsHighSurrogate(text[i - 1]));

    private static string Show(string text) => JsonSerializer.Serialize(text.Length > 120 ? text[..120] + "..." : text);

    [GeneratedRegex(@"^[^\s\p{C}<>()\[\],;:""@\\]{1,200}@[^\s\p{C}<>()\[\],;:""@\\]{1,200}$")]
    private static partial Regex PlainAddress();
}
