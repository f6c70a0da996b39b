using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CityCrm.City311.Tests.Agents;

namespace CityCrm.City311.Tests.Outreach;

/// <summary>Calls of the outreach API for the tests.</summary>
internal static class OutreachCalls
{
    public const string Api = "/api/supervisor/outreach";

    /// <summary>Creates a segment with <paramref name="rules"/> and returns its id.</summary>
    public static async Task<string> SegmentAsync(this AgentSession supervisor, string name, object rules)
    {
        var response = await supervisor.Client.PostAsJsonAsync($"{Api}/segments", new { name, rules });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>Sends a broadcast (confirmed) and returns its id.</summary>
    public static async Task<string> BroadcastAsync(this AgentSession supervisor, string segmentId, object texts, bool householdOnce = false, string? topic = null)
    {
        var response = await supervisor.Client.PostAsJsonAsync($"{Api}/broadcasts", new { segmentId, texts, householdOnce, topic, confirm = true });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>The broadcast's report.</summary>
    public static async Task<JsonElement> ReportAsync(this AgentSession supervisor, string broadcastId) =>
        (await supervisor.Client.GetFromJsonAsync<JsonElement>($"{Api}/broadcasts/{broadcastId}")).GetProperty("report");

    public static int Count(this JsonElement report, string name) => report.GetProperty(name).GetInt32();
}
