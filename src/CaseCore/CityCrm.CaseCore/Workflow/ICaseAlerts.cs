namespace CityCrm.CaseCore.Workflow;

/// <summary>Delivers <see cref="CaseAlert"/>s (the agent console, the resident's channel); registered by the host.</summary>
public interface ICaseAlerts
{
    /// <summary>Delivers the alert; a failure is the implementation's to log, never the caller's change to undo.</summary>
    Task PublishAsync(CaseAlert alert, CancellationToken cancellationToken);
}
