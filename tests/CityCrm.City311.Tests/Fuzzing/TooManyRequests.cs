using System.Net;

namespace CityCrm.City311.Tests.Fuzzing;

/// <summary>What every rate-limited refusal must look like.</summary>
public static class TooManyRequests
{
    public static async Task AssertRefusedAsync(HttpResponseMessage response, string mediaType = "application/problem+json")
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta is { TotalSeconds: >= 1 and <= 60 }, $"Retry-After: {response.Headers.RetryAfter}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("429", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
