namespace CityCrm.Channels;

/// <summary>The three ways a hand-over to a provider ends.</summary>
public enum SendOutcomeKind
{
    /// <summary>The provider took the message; its status callbacks tell the rest.</summary>
    Accepted,

    /// <summary>The provider is down, throttling or unreachable: keep the message and try again later, in order.</summary>
    Retry,

    /// <summary>The provider refused this message for good (bad number, opted out at the carrier...): do not retry.</summary>
    Failed,
}
