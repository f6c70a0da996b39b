using System.Threading.RateLimiting;
using CityCrm.Conversations.Agents;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations;

/// <summary>
/// Registers staff sign-in: cookie authentication, role policies, password hashing, seeded accounts and the
/// sign-in rate limit (the host adds <c>app.UseRateLimiter()</c>).
/// </summary>
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
            .AddPolicy(AgentPolicies.Supervisor, policy => policy.RequireAuthenticatedUser().RequireRole(AgentPolicies.SupervisorRoles))
            .AddPolicy(AgentPolicies.Editor, policy => policy.RequireAuthenticatedUser().RequireRole(AgentPolicies.EditorRoles));
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(AgentPolicies.SignInRateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, http.RequestServices.GetRequiredService<IOptions<AgentOptions>>().Value.SignInAttemptsPerMinute),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });
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
