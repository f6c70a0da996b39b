using System.Globalization;
using System.Text.Json;
using CityCrm.Channels.Email.Outbound;
using CityCrm.Channels.Schema;
using CityCrm.Conversations;
using CityCrm.Conversations.Attachments;
using CityCrm.Conversations.Bot;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Mail;
using CityCrm.Conversations.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CityCrm.Channels.Email.Inbound;

/// <summary>
/// Stores one received email: finds its conversation, keeps its files (refusing those over the size limit, with a
/// polite reply saying which), stores the message once (its Message-ID as external id) and records it in the mail
/// thread. The automatic-reply policy decides whether the bot may answer; a bounce only marks the addresses it reports
/// (it opens no conversation). An email that cannot be read is stored as its original file on a message saying so.
/// </summary>
public sealed class MailIntake(
    ConversationService conversations,
    MailThreading threading,
    IMailThreads threads,
    AutoReplyPolicy autoReplies,
    BounceDetector bounces,
    IAttachmentStore attachments,
    BotLanguages languages,
    BotReplyRenderer renderer,
    IOptions<EmailOptions> options,
    IOptions<ConversationOptions> conversationOptions,
    TimeProvider clock,
    ILogger<MailIntake> logger)
{
    /// <summary>The address used when an email names no sender at all.</summary>
    public const string UnknownSender = "unknown-sender@invalid";

    /// <summary>
    /// Parses and stores the email <paramref name="raw"/>, UID <paramref name="uid"/> of the mailbox's folder; null for a
    /// bounce, which is recorded against the addresses it reports instead.
    /// </summary>
    public async Task<InboundResult?> ReceiveAsync(MailboxOptions mailbox, byte[] raw, uint uidValidity, uint uid, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(raw, writable: false);
        var message = await MimeMessage.LoadAsync(stream, cancellationToken);
        if (await bounces.InspectAsync(message, cancellationToken) is { } bounce)
        {
            logger.LogInformation("Email UID {Uid} in {Inbox} is a bounce for {Count} recipient(s); recorded, no conversation",
                uid, mailbox.InboxId, bounce.Recipients.Count);
            return null;
        }
        var mail = MailMapper.Map(message, mailbox.Address, clock.GetUtcNow());
        var externalId = mail.MessageId ?? UidId(uidValidity, uid);
        var threadMessageId = mail.MessageId ?? $"uid-{uidValidity}-{uid}@{mailbox.InboxId}.mailbox.invalid";
        var address = mail.Address ?? UnknownSender;
        if (mail.Address is null)
            logger.LogWarning("Email {ExternalId} in {Inbox} names no sender; stored for agents under {Address}", externalId, mailbox.InboxId, address);
        var conversationId = await threading.ConversationForAsync(mailbox.InboxId, address, mail, threadMessageId, externalId, cancellationToken);
        var refused = await StoreFilesAsync(conversationId, mail, cancellationToken);
        var decision = await autoReplies.EvaluateAsync(message, mailbox.InboxId, cancellationToken);
        if (!decision.Allowed)
            logger.LogInformation("The bot will not answer email {ExternalId} in {Inbox}: {Reason}", externalId, mailbox.InboxId, decision.Reason);
        var botMayAnswer = decision.Allowed && mail.Address is not null;
        var result = await conversations.ReceiveAsync(
            new InboundActivity(mailbox.InboxId, address, conversationId, externalId, mail.Activity, botMayAnswer), cancellationToken);
        await threads.RecordAsync(new MailThreadEntry(threadMessageId, conversationId, mailbox.InboxId, false, mail.Subject,
            result.Message.Sequence, clock.GetUtcNow()), cancellationToken);
        if (!result.Duplicate && refused.Count > 0 && botMayAnswer)
            await ReplyTooLargeAsync(conversationId, refused, mail.Activity.Text, cancellationToken);
        return result;
    }

    /// <summary>
    /// Stores the email as <see cref="ReceiveAsync"/> does, or, when it cannot be read or stored, keeps it as
    /// <see cref="ReceiveUnreadableAsync"/> does, so that one bad email is kept once instead of retried for ever. Throws
    /// only when even that fails (the store is down: the reader retries the same UID) or when stopping.
    /// </summary>
    public async Task<InboundResult?> KeepAsync(MailboxOptions mailbox, byte[] raw, uint uidValidity, uint uid, CancellationToken cancellationToken)
    {
        try
        {
            return await ReceiveAsync(mailbox, raw, uidValidity, uid, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // A failure while stopping says nothing about the message: it is read again next time, never kept as unreadable.
            logger.LogError(ex, "Email UID {Uid} in {Inbox} could not be read: {Reason}; stored as original.eml", uid, mailbox.InboxId, ex.Message);
            return await ReceiveUnreadableAsync(mailbox, raw, uidValidity, uid, Reason(ex), cancellationToken);
        }
    }

    /// <summary>
    /// Keeps an email that could not be read or stored: a message saying why, with the original attached as
    /// "original.eml" (when within the size limit), under the sender when the headers name one. The bot never answers it.
    /// </summary>
    public async Task<InboundResult> ReceiveUnreadableAsync(
        MailboxOptions mailbox, byte[] raw, uint uidValidity, uint uid, string reason, CancellationToken cancellationToken)
    {
        var externalId = UidId(uidValidity, uid);
        var address = SenderOf(raw) ?? UnknownSender;
        var conversation = await conversations.OpenAsync(mailbox.InboxId, address, MailThreading.StableId(mailbox.InboxId, externalId), cancellationToken);
        var file = new Attachment { ContentType = "message/rfc822", Name = "original.eml" };
        if (raw.LongLength <= options.Value.MaxAttachmentBytes)
            Describe(file, raw.LongLength, await attachments.SaveAsync(new NewAttachment(conversation.Id, file.Name, file.ContentType, raw), cancellationToken));
        else
            Describe(file, raw.LongLength, null);
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = ChannelIds.Email,
            Timestamp = clock.GetUtcNow(),
            From = new ChannelAccount(address, null, "user"),
            Recipient = new ChannelAccount(mailbox.Address, null, "bot"),
            Text = $"This email could not be read ({reason}). The original is attached as original.eml.",
            TextFormat = "plain",
            Attachments = [file],
            ChannelData = JsonSerializer.SerializeToElement(new Dictionary<string, object?> { ["unreadable"] = reason, ["uid"] = externalId }),
        };
        return await conversations.ReceiveAsync(
            new InboundActivity(mailbox.InboxId, address, conversation.Id, externalId, activity, BotMayAnswer: false), cancellationToken);
    }

    // The exception's own words may quote the hostile input: one line, bounded, for agents to read.
    private static string Reason(Exception ex)
    {
        var text = new string([.. $"{ex.GetType().Name}: {ex.Message}".Select(c => char.IsControl(c) ? ' ' : c)]);
        return text.Length <= 300 ? text : text[..300] + "...";
    }

    private static string UidId(uint uidValidity, uint uid) => $"uid:{uidValidity}:{uid}";

    private async Task<List<Attachment>> StoreFilesAsync(string conversationId, InboundMail mail, CancellationToken cancellationToken)
    {
        var refused = new List<Attachment>();
        for (var i = 0; i < mail.Files.Count; i++)
        {
            var file = mail.Files[i];
            var listed = mail.Activity.Attachments![i];
            if (file.Size > options.Value.MaxAttachmentBytes)
            {
                logger.LogWarning("Attachment {Name} ({Size} bytes) in conversation {ConversationId} is over the {Limit}-byte limit; not stored",
                    file.Name, file.Size, conversationId, options.Value.MaxAttachmentBytes);
                Describe(listed, file.Size, null);
                refused.Add(listed);
                continue;
            }
            Describe(listed, file.Size, await attachments.SaveAsync(new NewAttachment(conversationId, file.Name, file.ContentType, file.ReadContent()), cancellationToken));
        }
        return refused;
    }

    // The transcript lists every file with its size; a stored one links to its download, a refused one says so.
    private static void Describe(Attachment listed, long size, StoredAttachment? stored)
    {
        listed.ContentUrl = stored?.DownloadPath;
        listed.Content = JsonSerializer.SerializeToElement(new Dictionary<string, object?>
        {
            ["size"] = size,
            ["attachmentId"] = stored?.Id,
            ["status"] = stored is null ? "refused" : "stored",
        });
    }

    // Answered in the language the mail is written in, as the bot answers its question.
    private async Task ReplyTooLargeAsync(string conversationId, List<Attachment> refused, string? text, CancellationToken cancellationToken)
    {
        var say = languages.For(CityCrm.Knowledge.Languages.LanguageDetector.Detect(text), ChannelIds.Email);
        var limit = (options.Value.MaxAttachmentBytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture) + " MB";
        var reply = await renderer.RenderAsync(say.AttachmentTooLarge, new Dictionary<string, object?>
        {
            ["name"] = string.Join(", ", refused.Select(a => a.Name)),
            ["limit"] = limit,
        }, cancellationToken);
        await conversations.SendAsync(conversationId,
            new OutgoingMessage(AuthorKind.Bot, "bot", conversationOptions.Value.BotName, reply), cancellationToken);
    }

    private static string? SenderOf(byte[] raw)
    {
        try
        {
            using var stream = new MemoryStream(raw, writable: false);
            var headers = HeaderList.Load(stream);
            var from = headers[HeaderId.From] ?? headers[HeaderId.Sender] ?? headers[HeaderId.ReplyTo];
            return from is not null && InternetAddressList.TryParse(from, out var list) && list.Mailboxes.FirstOrDefault() is { } box
                ? box.Address.Trim().ToLowerInvariant()
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
