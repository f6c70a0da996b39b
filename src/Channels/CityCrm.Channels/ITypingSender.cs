namespace CityCrm.Channels;

/// <summary>
/// Shows the resident that a person is writing, on a channel that pushes and can show it (Telegram's chat action,
/// Messenger's sender action). Channels without one simply have no implementation.
/// </summary>
public interface ITypingSender
{
    /// <summary>The channel this sender speaks for (<see cref="ChannelIds"/>).</summary>
    string ChannelId { get; }

    /// <summary>
    /// How long one signal keeps showing on the resident's side: another is sent at most this often while the agent
    /// keeps typing, so the indicator stays up without flooding the provider.
    /// </summary>
    TimeSpan RepeatAfter { get; }

    /// <summary>Sends one typing signal; false when the provider refused it or the channel cannot send it now.</summary>
    Task<bool> SendTypingAsync(string inboxId, string conversationId, string address, CancellationToken cancellationToken);
}
