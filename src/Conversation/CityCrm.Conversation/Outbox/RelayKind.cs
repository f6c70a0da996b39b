namespace CityCrm.Conversations.Outbox;

/// <summary>How a message for a conversation's resident reaches them after the moment has passed.</summary>
public enum RelayKind
{
    /// <summary>In the conversation itself: its channel delivers it (a text, an email) or the resident reads it there (web chat).</summary>
    Same,

    /// <summary>By text message, in the text conversation of the same number (a phone call is over once it ends).</summary>
    ByText,

    /// <summary>Not at all by text: the number opted out of text messages.</summary>
    OptedOut,

    /// <summary>Not at all: the caller withheld their number.</summary>
    Unreachable,
}
