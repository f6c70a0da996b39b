using Microsoft.Extensions.Options;

namespace CityCrm.Channels.Meta.Security;

/// <summary>The configured WhatsApp numbers and Messenger pages, found by Meta's id or by inbox.</summary>
public sealed class MetaDirectory(IOptions<MetaOptions> options)
{
    private readonly MetaOptions settings = options.Value;

    /// <summary>The number with Meta's id <paramref name="phoneNumberId"/>, or null.</summary>
    public WhatsAppNumber? FindNumber(string? phoneNumberId) =>
        settings.WhatsApp.FirstOrDefault(n => string.Equals(n.PhoneNumberId, phoneNumberId, StringComparison.Ordinal));

    /// <summary>The number whose messages arrive in <paramref name="inboxId"/>, or null.</summary>
    public WhatsAppNumber? FindNumberByInbox(string inboxId) =>
        settings.WhatsApp.FirstOrDefault(n => string.Equals(n.InboxId, inboxId, StringComparison.Ordinal));

    /// <summary>The page with id <paramref name="pageId"/>, or null.</summary>
    public MessengerPage? FindPage(string? pageId) =>
        settings.Messenger.FirstOrDefault(p => string.Equals(p.PageId, pageId, StringComparison.Ordinal));

    /// <summary>The page whose messages arrive in <paramref name="inboxId"/>, or null.</summary>
    public MessengerPage? FindPageByInbox(string inboxId) =>
        settings.Messenger.FirstOrDefault(p => string.Equals(p.InboxId, inboxId, StringComparison.Ordinal));

    /// <summary>The template configured for a notification type, or null.</summary>
    public MetaTemplate? FindTemplate(string type) =>
        settings.Templates.FirstOrDefault(t => string.Equals(t.Type, type, StringComparison.Ordinal));
}
