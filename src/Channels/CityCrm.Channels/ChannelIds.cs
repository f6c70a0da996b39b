namespace CityCrm.Channels;

/// <summary>Channel identifiers, as carried in <c>Activity.ChannelId</c> and on each inbox.</summary>
public static class ChannelIds
{
    /// <summary>Web Chat over Direct Line, as the Bot Framework names it.</summary>
    public const string WebChat = "webchat";
    public const string DirectLine = "directline";
    public const string Sms = "sms";
    public const string Voice = "voice";
    public const string Email = "email";
    public const string WhatsApp = "whatsapp";
    public const string Messenger = "messenger";
    public const string Telegram = "telegram";
}
