namespace CityCrm.Conversations.Supervision;

/// <summary>What the server pushes to the supervisor dashboard over <see cref="SupervisorHub"/>.</summary>
public interface ISupervisorClient
{
    /// <summary>The live counters changed (at most every few hundred milliseconds), or their periodic refresh.</summary>
    Task CountersChanged(SupervisorCountersDto counters);
}
