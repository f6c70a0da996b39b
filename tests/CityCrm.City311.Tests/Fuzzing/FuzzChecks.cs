using System.Net;

namespace CityCrm.City311.Tests.Fuzzing;

/// <summary>What must still hold after hostile traffic: another client, on a connection of its own, is served normally.</summary>
public static class FuzzChecks
{
    public static async Task StillServesAsync(FuzzHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        using var other = host.CreateClient();
        using var timeout = new CancellationTokenSource(FuzzRun.HangBound);
        using var live = await other.GetAsync("/health/live", timeout.Token);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        using var token = await other.PostAsync("/webchat/token", null, timeout.Token);
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
    }
}
