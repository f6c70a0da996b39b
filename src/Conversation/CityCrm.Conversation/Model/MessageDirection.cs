namespace CityCrm.Conversations.Model;

/// <summary>Which way a message went.</summary>
public enum MessageDirection
{
    /// <summary>From the resident.</summary>
    Incoming = 0,
    /// <summary>To the resident, from the bot or an agent.</summary>
    Outgoing = 1,
    /// <summary>A system event shown in the transcript (queued, assigned, resolved); never sent.</summary>
    Activity = 2,
}
