using CityCrm.Conversations.Agents;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.Conversations;

/// <summary>Registers staff sign-in: cookie authentication, role policies, password hashing and seeded accounts.</summary>
public static class AgentSignInExtensions
{
    /// <summary>The name of the sign-in cookie.</summary>
    public const string CookieName = "citycrm.staff";

    public static IServiceCollection AddAgentSignIn(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Agents");
        services.Configure<AgentOptions>(section);
        var lifetime = section.GetValue<TimeSpan?>(nameof(AgentOptions.SessionLifetime)) ?? new AgentOptions().SessionLifetime;
        services.AddSingleton<PasswordHasher>();
        services.AddHostedService<AgentAccountSeeder>();

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = lifetime;
                options.SlidingExpiration = true;
                options.LoginPath = "/agent/";
                options.AccessDeniedPath = "/agent/";
                options.Events.OnRedirectToLogin = context => Challenge(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => Challenge(context, StatusCodes.Status403Forbidden);
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(AgentPolicies.Agent, policy => policy.RequireAuthenticatedUser().RequireRole(AgentPolicies.AgentRoles))
            .AddPolicy(AgentPolicies.Supervisor, policy => policy.RequireAuthenticatedUser().RequireRole(AgentPolicies.SupervisorRoles));
        return services;
    }

    // Scripts calling the API or the hub need a status code; a redirect to an HTML page would only confuse them.
    private static Task Challenge(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int statusCode)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/hubs"))
        {
            context.Response.StatusCode = statusCode;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
