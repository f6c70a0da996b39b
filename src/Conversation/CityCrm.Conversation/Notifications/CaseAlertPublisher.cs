using CityCrm.CaseCore;
using CityCrm.CaseCore.Workflow;
using CityCrm.Conversations.Hubs;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CityCrm.Conversations.Notifications;

/// <summary>
/// Delivers case alerts: to the resident who reported the case through <see cref="CaseUpdateNotifier"/> (so opt-outs
/// and the outbox apply), to the agent who asked for an approval on their own hub connections, and to every staff
/// connection otherwise (the console shows what is for the viewer's roles).
/// </summary>
public sealed class CaseAlertPublisher(
    IHubContext<AgentHub> hub, ICaseStore cases, IServiceProvider services, TimeProvider clock, ILogger<CaseAlertPublisher> logger) : ICaseAlerts
{
    /// <summary>The hub method the console listens to.</summary>
    public const string Method = "CaseAlert";

    public async Task PublishAsync(CaseAlert alert, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        if (alert.Kind == CaseAlert.Requester)
        {
            if (await cases.GetByReferenceAsync(alert.Reference, cancellationToken) is { } found && alert.Message.Length > 0)
            {
                // Resolved when needed: the notifier renders with the bot's kernel, whose case plugin needs the case
                // service, which needs these alerts; taking it in the constructor would make a dependency cycle.
                var notifier = services.GetRequiredService<CaseUpdateNotifier>();
                var notice = await notifier.TellAsync(found, alert.Message, alert.Key, cancellationToken);
                logger.LogInformation("Case {Reference}: resident told by {Source}: {Detail}", alert.Reference, alert.Source, notice.Detail);
            }
            return;
        }
        var dto = new CaseAlertDto(alert.Kind, alert.Reference, alert.To, alert.Message, alert.Source, clock.GetUtcNow());
        var clients = alert.Kind == CaseAlert.ApprovalDecided ? hub.Clients.User(alert.To) : hub.Clients.Group(AgentGroups.All);
        await clients.SendAsync(Method, dto, cancellationToken);
    }
}
