using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityCrm.City311.Api;

/// <summary>The portal's own refusals, as problem+json: too many codes asked for, and a code that did not work.</summary>
public static class MyProblems
{
    /// <summary>429 with Retry-After in whole seconds (rounded up), also in the body.</summary>
    public static ProblemHttpResult TooManyCodes(HttpContext http, TimeSpan retryAfter)
    {
        ArgumentNullException.ThrowIfNull(http);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
            detail: $"Too many codes were asked for. Please wait {seconds} seconds before asking again.",
            extensions: new Dictionary<string, object?> { ["retryAfterSeconds"] = seconds });
    }

    /// <summary>400 with the reason and the tries left on the code, when known.</summary>
    public static ProblemHttpResult CodeRefused(string title, string? reason, int? attemptsLeft) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: title, detail: reason,
            extensions: new Dictionary<string, object?> { ["attemptsLeft"] = attemptsLeft });
}
