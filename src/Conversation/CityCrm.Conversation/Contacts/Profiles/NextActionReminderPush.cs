using CityCrm.Conversations.Events;
using CityCrm.Conversations.Hubs;
using Microsoft.AspNetCore.SignalR;

namespace CityCrm.Conversations.Contacts.Profiles;

/// <summary>
/// Pushes a due next action to its owner's console connections (and only theirs: it names a resident), as
/// <see cref="Method"/> with a <see cref="NextActionReminderDto"/>; the console also lists due actions on load.
/// </summary>
public sealed class NextActionReminderPush(IHubContext<AgentHub> hub) : IDomainEventHandler<NextActionDue>
{
    /// <summary>The hub method the console listens to.</summary>
    public const string Method = "NextActionDue";

    public Task HandleAsync(NextActionDue domainEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var action = domainEvent.Action;
        var dto = new NextActionReminderDto(domainEvent.ContactId, domainEvent.ContactName, action.Id, action.Text, action.DueAt);
        return hub.Clients.User(action.Owner).SendAsync(Method, dto, cancellationToken);
    }
}
