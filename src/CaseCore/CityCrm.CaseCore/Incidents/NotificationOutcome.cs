namespace CityCrm.CaseCore.Incidents;

/// <summary>What became of a reporter's closing notice.</summary>
public enum NotificationOutcome
{
    /// <summary>Claimed and being sent; a notice that fails to send is released again.</summary>
    Pending = 0,
    /// <summary>Handed to the channel (the outbox for pushed channels).</summary>
    Sent = 1,
    /// <summary>The resident opted out of the channel they reported on.</summary>
    OptedOut = 2,
    /// <summary>No conversation or number to reach the resident on.</summary>
    Unreachable = 3,
}
