using CityCrm.CaseCore.Duplicates;
using CityCrm.Conversations.Bot.Plugins;
using CityCrm.Conversations.Events;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.SemanticKernel;

namespace CityCrm.Conversations.Bot;

/// <summary>
/// Registers the bot: its kernel with the knowledge and case plugins and the audit filter, dialogs and worker.
/// An <see cref="CityCrm.Knowledge.Insights.IAnswerLog"/> and an <see cref="ICaseFollowers"/> must be registered separately
/// (AddSqliteStores), and an <see cref="CityCrm.CaseCore.Incidents.IIncidentMatcher"/> (AddIncidents); the duplicate finder
/// reads the <see cref="CityCrm.CaseCore.ICaseStore"/>.
/// </summary>
public static class BotServiceCollectionExtensions
{
    public static IServiceCollection AddCityBot(this IServiceCollection services, IConfiguration configuration)
    {
        // Each named set binds its sections in turn, so a channel's or a language's section overrides only the texts it has.
        foreach (var language in CityCrm.Knowledge.Languages.KnowledgeLanguages.All)
            foreach (var channel in BotLanguages.Channels.Prepend(null))
                foreach (var section in BotLanguages.Sections(language, channel))
                    services.Configure<BotMessages>(BotLanguages.Name(language, channel), configuration.GetSection(section));
        services.AddSingleton<BotLanguages>();
        services.AddSingleton<KnowledgePlugin>();
        services.AddSingleton<CasesPlugin>();
        services.AddSingleton<AuditFunctionFilter>();
        services.AddSingleton(sp =>
        {
            var kernel = new Kernel(sp);
            kernel.Plugins.AddFromObject(sp.GetRequiredService<KnowledgePlugin>(), KnowledgePlugin.Name);
            kernel.Plugins.AddFromObject(sp.GetRequiredService<CasesPlugin>(), CasesPlugin.Name);
            kernel.FunctionInvocationFilters.Add(sp.GetRequiredService<AuditFunctionFilter>());
            return kernel;
        });
        services.AddSingleton<BotReplyRenderer>();
        services.AddSingleton<BotResponder>();
        services.AddSingleton<ReportDialog>();
        services.Configure<Intake.IntakeOptions>(configuration.GetSection(Intake.IntakeOptions.Section));
        services.Configure<DuplicateOptions>(configuration.GetSection(DuplicateOptions.Section));
        services.TryAddSingleton<IDuplicateFinder, DuplicateFinder>();
        services.AddSingleton<Intake.IntakeFlow>();
        services.AddSingleton<Intake.TypedPlace>();
        services.TryAddSingleton<CaseCore.Streets.IStreetResolver>(new CaseCore.Streets.StreetResolver(CaseCore.Streets.StreetGazetteer.Empty));
        services.AddSingleton<Intake.UpdatesAddress>();
        services.AddSingleton<Intake.IntakeFiling>();
        services.AddSingleton<Intake.IntakeAnswers>();
        services.AddSingleton<AnswerRecorder>();
        services.AddSingleton<FeedbackDialog>();
        services.AddSingleton<IDomainEventHandler<ConversationQueued>, AnswerHandoffRecorder>();
        services.AddSingleton<TextFollowUp>();
        services.AddSingleton<LinkDialog>();
        services.AddSingleton<NumberedChoice>();
        services.AddSingleton<ResidentLanguage>();
        services.AddSingleton<Contacts.ContactLanguage>();
        services.AddSingleton<Calls.VoicemailIntake>();
        services.AddSingleton<IncidentNotice>();
        services.AddSingleton<CityBot>();
        services.Configure<Limits.RateLimitOptions>(configuration.GetSection(Limits.RateLimitOptions.Section));
        services.AddSingleton<Limits.SenderFloodGuard>();
        services.AddSingleton<BotTurnRunner>();
        services.AddSingleton<BotTurnSignals>();
        services.AddHostedService<BotTurnWorker>();
        return services;
    }
}
