using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.DirectLine.Security;

/// <summary>Reads <c>Authorization: Bearer</c> (or a streamUrl's <c>t</c>) as a secret or a token.</summary>
public sealed class DirectLineAuthenticator(DirectLineTokenService tokens, IOptions<DirectLineOptions> options)
{
    private const string BearerPrefix = "Bearer ";

    /// <summary>The caller behind the request's bearer credential, or null when it is missing, wrong or expired.</summary>
    public DirectLineCaller? Authenticate(HttpRequest request) => Authenticate(BearerValue(request));

    /// <summary>The caller behind a credential: a configured secret, else a valid token.</summary>
    public DirectLineCaller? Authenticate(string? credential)
    {
        if (string.IsNullOrEmpty(credential))
            return null;
        if (IsSecret(credential))
            return DirectLineCaller.SecretHolder;
        return tokens.TryValidate(credential, out var token) ? DirectLineCaller.WithToken(token) : null;
    }

    /// <summary>True when the request carries one of the configured secrets (compared in fixed time).</summary>
    public bool IsSecret(HttpRequest request) => IsSecret(BearerValue(request));

    private bool IsSecret(string? credential) => FixedTimeSecret.MatchesAny(credential, options.Value.Secrets);

    private static string? BearerValue(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) ? header[BearerPrefix.Length..].Trim() : null;
    }
}
