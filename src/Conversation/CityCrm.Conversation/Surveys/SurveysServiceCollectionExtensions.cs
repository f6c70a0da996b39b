using CityCrm.Conversations.Bot;
using CityCrm.Conversations.Events;
using CityCrm.Conversations.Leases;
using CityCrm.Conversations.Supervision;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CityCrm.Conversations.Surveys;

/// <summary>
/// Registers satisfaction and structured surveys: the scheduler (on resolved conversations and closed cases), the
/// worker, the bot dialog taking answers, and the dashboard's <see cref="ICsatSource"/>. An <see cref="ISurveyStore"/>
/// must be registered separately (AddSqliteSurveyStores); an <see cref="ISurveyAudience"/> registered before this wins.
/// </summary>
public static class SurveysServiceCollectionExtensions
{
    public static IServiceCollection AddSurveys(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SurveyOptions>(configuration.GetSection(SurveyOptions.Section));
        services.AddSingleton<QuietHours>();
        services.AddSingleton<SurveySignal>();
        services.AddSingleton<SurveyCatalog>();
        services.AddSingleton<SurveyQuestioner>();
        services.AddSingleton<SurveyScheduler>();
        services.AddSingleton<SurveySender>();
        services.AddSingleton<SurveyResults>();
        services.TryAddSingleton<ISurveyAudience, ListedContactsAudience>();
        services.AddSingleton<IBotDialog, SurveyDialog>();
        services.AddSingleton<IDomainEventHandler<ConversationResolved>, CsatOnResolved>();
        // Replaces the dashboard's stand-in whichever is registered first.
        services.Replace(ServiceDescriptor.Singleton<ICsatSource, SurveyCsatSource>());
        services.AddSingleton<SurveyWorker>();
        services.AddLeasedHostedService("surveys", sp => sp.GetRequiredService<SurveyWorker>());
        return services;
    }
}
