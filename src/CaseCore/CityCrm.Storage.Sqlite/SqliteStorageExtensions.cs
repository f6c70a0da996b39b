using CityCrm.CaseCore;
using CityCrm.Conversations.Agents;
using CityCrm.Conversations.Audit;
using CityCrm.Conversations.Contacts;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.Storage.Sqlite;

/// <summary>Registers the embedded SQLite implementation of every store.</summary>
public static class SqliteStorageExtensions
{
    public static IServiceCollection AddSqliteStores(this IServiceCollection services, string databasePath)
    {
        Dapper.DefaultTypeMap.MatchNamesWithUnderscores = true;
        services.AddSingleton(new SqliteDatabase(databasePath));
        services.AddSingleton<IConversationStore, SqliteConversationStore>();
        services.AddSingleton<IOutboxStore, SqliteOutboxStore>();
        services.AddSingleton<SqliteOptOutRegistry>();
        services.AddSingleton<IOptOutRegistry>(sp => sp.GetRequiredService<SqliteOptOutRegistry>());
        services.AddSingleton<CityCrm.Conversations.Contacts.Consent.IContactConsentStore, SqliteContactConsentStore>();
        services.AddSingleton<CityCrm.Conversations.Contacts.Profiles.IContactProfileStore, SqliteContactProfileStore>();
        services.AddSingleton<CityCrm.Conversations.Contacts.Profiles.IContactMergeStore, SqliteContactMergeStore>();
        services.AddSingleton<IAgentAccountStore, SqliteAgentAccountStore>();
        services.AddSingleton<CityCrm.Conversations.Routing.IAgentRoutingStore, SqliteAgentRoutingStore>();
        services.AddSingleton<IAuditLog, SqliteAuditLog>();
        services.AddSingleton<ICaseStore, SqliteCaseStore>();
        services.AddSingleton<CityCrm.CaseCore.Duplicates.ICaseFollowers, SqliteCaseFollowers>();
        services.AddSingleton<IRequestTokenStore, SqliteRequestTokenStore>();
        services.AddSingleton<CityCrm.CaseCore.Incidents.IIncidentStore, SqliteIncidentStore>();
        services.AddSingleton<CityCrm.Knowledge.IArticleStore, SqliteArticleStore>();
        services.AddSingleton<CityCrm.Knowledge.Editorial.IEditorialStore, SqliteEditorialStore>();
        services.AddSingleton<CityCrm.Knowledge.Insights.IAnswerLog, SqliteAnswerLog>();
        services.AddSingleton<CityCrm.Conversations.Calls.ICallLog, SqliteCallLog>();
        services.AddSingleton<CityCrm.Conversations.Mail.IMailThreads, SqliteMailThreads>();
        services.AddSingleton<CityCrm.Conversations.Mail.IMailAddressHealth, SqliteMailAddressHealth>();
        services.AddSingleton<CityCrm.Conversations.Mail.IAutoReplyLog, SqliteAutoReplyLog>();
        services.AddSingleton<CityCrm.Conversations.Mail.IMailboxCursors, SqliteMailboxCursors>();
        services.AddSingleton<CityCrm.Conversations.Attachments.IAttachmentStore, SqliteAttachmentStore>();
        services.AddSingleton<CityCrm.Knowledge.Insights.IArticleViews, SqliteArticleViews>();
        services.AddSingleton<CityCrm.Conversations.Cases.IConversationCaseLinks, SqliteConversationCaseLinks>();
        services.AddSingleton<CityCrm.Conversations.Supervision.ISupervisorReports, SqliteSupervisorReports>();
        services.AddSingleton<CityCrm.Conversations.Outreach.ISegmentStore, SqliteSegmentStore>();
        services.AddSingleton<CityCrm.Conversations.Outreach.IOutreachAudience, SqliteOutreachAudience>();
        services.AddSingleton<CityCrm.Conversations.Outreach.IBroadcastStore, SqliteBroadcastStore>();
        services.AddSingleton<CityCrm.Conversations.Surveys.ISurveyStore, SqliteSurveyStore>();
        services.AddSingleton<CityCrm.Conversations.Surveys.ITaggedContacts, SqliteTaggedContacts>();
        services.AddSingleton<CityCrm.Conversations.Appointments.IAppointmentStore, SqliteAppointmentStore>();
        services.AddSingleton<CityCrm.Conversations.Portal.IResidentCodeStore, SqliteResidentCodeStore>();
        services.AddSingleton<CityCrm.Conversations.Portal.IPendingAddressStore, SqlitePendingAddressStore>();
        services.AddSingleton<CityCrm.Conversations.Leases.ILeaseStore, SqliteLeaseStore>();
        services.AddSingleton<CityCrm.Conversations.Privacy.IPrivacyStore, SqlitePrivacyStore>();
        return services;
    }
}
