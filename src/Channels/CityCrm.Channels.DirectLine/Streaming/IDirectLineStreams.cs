namespace CityCrm.Channels.DirectLine.Streaming;

/// <summary>
/// The Direct Line streams this node holds open. A message stored by another node (an agent's reply given there)
/// raises no event here, so whoever learns of it tells the streams to read the conversation again.
/// </summary>
public interface IDirectLineStreams
{
    /// <summary>
    /// Makes every stream open on <paramref name="conversationId"/> on this node read what was stored after its
    /// watermark; nothing happens when none is open. Never blocks.
    /// </summary>
    void Wake(string conversationId);
}
