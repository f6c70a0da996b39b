namespace CityCrm.Conversations.Limits;

/// <summary>
/// The <c>RateLimits</c> section: how often one address (IP) or one sender may call or write, per window.
/// HTTP limits answer 429 with Retry-After; the bot limit never refuses a message, it only stops answering.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>The length of every window, in seconds.</summary>
    public int WindowSeconds { get; set; } = 60;

    /// <summary>Calls per IP per window to the public endpoints that need no sign-in (tokens, new chats, Open311 filing, portal, search).</summary>
    public int PerIp { get; set; } = 120;

    /// <summary>Messages (and uploads) per Direct Line user per window.</summary>
    public int PerDirectLineUser { get; set; } = 40;

    /// <summary>
    /// Messages per sender (inbox and address, on every channel) the bot answers per window; later ones are stored
    /// and shown to agents, but the bot stays quiet to that sender until the window ends.
    /// </summary>
    public int BotAnswersPerSender { get; set; } = 20;

    /// <summary>The window as a time span (at least one second).</summary>
    public TimeSpan Window => TimeSpan.FromSeconds(Math.Max(1, WindowSeconds));
}
