using CityCrm.CaseCore.Workflow;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CityCrm.Conversations.Notifications;

/// <summary>Registers the residents' case templates and the delivery of case alerts (after AddConversations).</summary>
public static class CaseNotificationsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="CaseMessageTemplates"/> over <paramref name="templatesFolder"/> (for example
    /// templates/cases) and <see cref="CaseAlertPublisher"/> as <see cref="ICaseAlerts"/>.
    /// </summary>
    public static IServiceCollection AddCaseAlerts(this IServiceCollection services, string templatesFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(templatesFolder);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(new CaseMessageTemplates(templatesFolder));
        services.AddSingleton<ICaseAlerts, CaseAlertPublisher>();
        return services;
    }
}
