namespace CityCrm.Conversations.Bot;

/// <summary>How a request to be texted the latest link or reference ended.</summary>
public enum TextFollowUpOutcome
{
    /// <summary>The text message is in the outbox.</summary>
    Sent,

    /// <summary>The bot has not cited an article or a request in this conversation yet.</summary>
    NothingToSend,

    /// <summary>The resident's number opted out of text messages.</summary>
    OptedOut,

    /// <summary>This inbox has no text channel to send from (a web chat, a line without SMS).</summary>
    NoTextChannel,
}
