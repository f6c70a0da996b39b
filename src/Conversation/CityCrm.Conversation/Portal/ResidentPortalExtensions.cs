using CityCrm.Conversations.Portal;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.Conversations;

/// <summary>
/// Registers the resident portal's sign-in: one-time codes and their sender, the resident cookie scheme (its own
/// cookie, never the staff one), the <c>resident</c> policy bound to that scheme only, and the sign-in rate limit.
/// </summary>
public static class ResidentPortalExtensions
{
    /// <param name="dataDirectory">Where the generated hash key is kept when <c>Portal:HashKey</c> is not configured.</param>
    public static IServiceCollection AddResidentPortal(this IServiceCollection services, IConfiguration configuration, string? dataDirectory = null)
    {
        services.Configure<ResidentSignInOptions>(configuration.GetSection(ResidentSignInOptions.Section));
        services.AddSingleton(_ => ResidentHashKey.From(configuration[$"{ResidentSignInOptions.Section}:{nameof(ResidentSignInOptions.HashKey)}"], dataDirectory));
        services.AddSingleton<ResidentCodes>();
        services.AddSingleton<AddressVerification>();
        var lifetime = configuration.GetSection(ResidentSignInOptions.Section).GetValue<TimeSpan?>(nameof(ResidentSignInOptions.SessionLifetime))
            ?? new ResidentSignInOptions().SessionLifetime;
        services.AddSingleton<ResidentDirectory>();
        services.AddSingleton<ResidentCodeQueue>();
        services.AddSingleton<ResidentCodeSender>();
        services.AddSingleton<ResidentSignIn>();
        services.AddHostedService<ResidentCodeWorker>();

        services.AddAuthentication().AddCookie(ResidentClaims.Scheme, options =>
        {
            options.Cookie.Name = ResidentClaims.CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = lifetime;
            options.SlidingExpiration = true;
            // Scripts get a status code; the page itself shows its sign-in form.
            options.Events.OnRedirectToLogin = context => Status(context.Response, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => Status(context.Response, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorizationBuilder().AddPolicy(ResidentClaims.Policy, policy => policy
            .AddAuthenticationSchemes(ResidentClaims.Scheme)
            .RequireAuthenticatedUser()
            .RequireRole(ResidentClaims.Role));
        services.AddRateLimiter(options => options.AddPolicy<string, ResidentRateLimitPolicy>(ResidentClaims.RateLimit));
        return services;
    }

    private static Task Status(HttpResponse response, int statusCode)
    {
        response.StatusCode = statusCode;
        return Task.CompletedTask;
    }
}
