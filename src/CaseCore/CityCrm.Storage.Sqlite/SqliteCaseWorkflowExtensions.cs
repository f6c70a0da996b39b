using CityCrm.CaseCore.Approvals;
using CityCrm.CaseCore.Workflow;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.Storage.Sqlite;

/// <summary>Registers the SQLite stores of case workflow: durable timers and approvals (after AddSqliteStores).</summary>
public static class SqliteCaseWorkflowExtensions
{
    public static IServiceCollection AddSqliteCaseWorkflowStores(this IServiceCollection services)
    {
        services.AddSingleton<ICaseTimerStore, SqliteCaseTimerStore>();
        services.AddSingleton<ICaseApprovalStore, SqliteCaseApprovalStore>();
        return services;
    }
}
