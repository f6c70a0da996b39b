using CityCrm.Conversations.Events;
using CityCrm.Conversations.Leases;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.Conversations.Contacts.Profiles;

/// <summary>Registers contact profiles, duplicates, merges and next-action reminders (the stores come with the storage).</summary>
public static class ContactProfilesServiceCollectionExtensions
{
    public static IServiceCollection AddContactProfiles(this IServiceCollection services)
    {
        services.AddSingleton<ContactProfiles>();
        services.AddSingleton<ContactDuplicates>();
        services.AddSingleton<ContactMerger>();
        services.AddSingleton<NextActionReminders>();
        services.AddLeasedHostedService("next-action-reminders", sp => sp.GetRequiredService<NextActionReminders>());
        services.AddSingleton<IDomainEventHandler<NextActionDue>, NextActionReminderPush>();
        return services;
    }
}
