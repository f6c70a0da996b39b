using CityCrm.Conversations.Agents;
using CityCrm.Conversations.Leases;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.Conversations.Privacy;

/// <summary>Registers the retention schedule, its worker, the privacy office and the admin-only policy.</summary>
public static class PrivacyServiceCollectionExtensions
{
    public static IServiceCollection AddPrivacy(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RetentionOptions>(configuration.GetSection(RetentionOptions.Section));
        services.AddSingleton<RetentionRun>();
        services.AddSingleton<PrivacyOffice>();
        services.AddLeasedHostedService("retention", sp => ActivatorUtilities.CreateInstance<RetentionWorker>(sp));
        services.AddAuthorizationBuilder().AddPolicy(PrivacyPolicies.Admin, policy => policy.RequireAuthenticatedUser().RequireRole(Roles.Admin));
        return services;
    }
}
