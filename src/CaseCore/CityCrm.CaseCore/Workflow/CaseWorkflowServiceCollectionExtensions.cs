using CityCrm.CaseCore.Approvals;
using CityCrm.CaseCore.Sla;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CityCrm.CaseCore.Workflow;

/// <summary>Registers case workflow: SLA due times, the rules of the workflow file, durable timers and approvals.</summary>
public static class CaseWorkflowServiceCollectionExtensions
{
    /// <summary>
    /// Reads <paramref name="workflowPath"/> once (<see cref="WorkflowDocument"/>) and registers <see cref="SlaPolicy"/>,
    /// <see cref="WorkflowEngine"/>, <see cref="CaseAutomation"/>, <see cref="CaseWorkService"/> and the timer poller.
    /// Needs <see cref="ICaseTimerStore"/>, <see cref="Approvals.ICaseApprovalStore"/> (AddSqliteCaseWorkflowStores) and
    /// an <see cref="ICaseAlerts"/> (AddCaseAlerts in the conversation module).
    /// </summary>
    public static IServiceCollection AddCaseWorkflow(this IServiceCollection services, string workflowPath, bool runTimers = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workflowPath);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(_ => WorkflowDocument.Load(workflowPath));
        services.AddSingleton(sp =>
        {
            var document = sp.GetRequiredService<WorkflowDocument>();
            return new SlaPolicy(new WorkingCalendar(document.Calendar), document.Targets);
        });
        services.AddSingleton<WorkflowEngine>();
        services.AddSingleton<CaseAutomation>();
        services.AddSingleton<CaseWorkService>();
        services.AddSingleton<CaseTimerService>();
        if (runTimers)
            services.AddHostedService(sp => sp.GetRequiredService<CaseTimerService>());
        return services;
    }
}
