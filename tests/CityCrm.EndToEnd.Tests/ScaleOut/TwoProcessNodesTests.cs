using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using CityCrm.City311.Tests.ScaleOut;
using CityCrm.Conversations.Hubs;
using CityCrm.EndToEnd.Tests.Hosting;
using CityCrm.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace CityCrm.EndToEnd.Tests.ScaleOut;

/// <summary>
/// Two host processes on their own ports serving as one city: the npm Cosmos DB server as the store (the SQLite file,
/// shared, for what is not on Cosmos yet), a real redis-server as the backplane, a failover balancer in front. A
/// resident chats with the official Direct Line client through the balancer (so with node A); an agent works on node B.
/// </summary>
public sealed class TwoProcessNodesTests
{
    private static readonly TimeSpan Live = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Conversation_AcrossTwoNodesWhileNodeADies_ArrivesLiveLosesNothingAndItsTimerFiresOnce()
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        var ct = limit.Token;
        await using var redis = await RedisServer.StartAsync();
        var settings = await SettingsAsync(redis);
        await using var a = await CityHostProcess.StartAsync(ct, [.. settings, "--Leases:Node", "a"]);
        await using var b = await CityHostProcess.StartAsync(ct, [.. settings, "--Leases:Node", "b"]);
        await using var balancer = new FailoverProxy(a.BaseUri, b.BaseUri);
        await using var agent = await AgentConsole.SignInAsync(b.BaseUri, ct);
        await using var resident = await DirectLineSession.StartAsync(balancer.BaseUri, ct);
        var id = resident.ConversationId;

        // The escalation, raised on node A, reaches the agent's console on node B live.
        await resident.PostAsync("I want to talk to a person");
        await agent.Changes.NextAsync(c => c.Id == id && c.Status == "queued", Live, ct);
        await agent.TakeAsync(id, ct);

        // The agent's reply, stored on node B, reaches the resident's stream held by node A live.
        await agent.ReplyAsync(id, "Hi, this is Sam from 311.", ct);
        await resident.NextReplyAsync("this is Sam", Live, ct);

        // The resident's next message, stored on node A, reaches the console on node B live.
        await resident.PostAsync("Thanks Sam, the pothole is on Elm Street.");
        await agent.Messages.NextAsync(m => m.ConversationId == id && m.Text!.Contains("Elm Street", StringComparison.Ordinal), Live, ct);

        // Resolving schedules the satisfaction survey (a durable timer, due in a few seconds); node A, holding the
        // survey lease, dies before it is due. Node B takes the lease over and asks, once; the client moves to B.
        await agent.ResolveAsync(id, ct);
        await a.KillAsync();
        await resident.NextReplyAsync("satisfied", TimeSpan.FromSeconds(90), ct);
        await resident.PostAsync("5");
        await resident.NextAsync(e => e.GetProperty("event").GetString() == "activity"
            && e.GetProperty("role").GetString() == "bot" && !IsSurveyQuestion(e), Live, ct);
        await resident.PostAsync("when is my recycling picked up?");
        await resident.NextReplyAsync("recycl", Live, ct);

        var shown = resident.Activities;
        var posted = resident.Events("posted");
        Assert.True(posted.Count == 4, "every message the resident sent was acknowledged:\n" + resident.Describe());
        foreach (var message in posted)
        {
            var echoes = shown.Count(s => s.GetProperty("clientActivityID").GetString() == message.GetProperty("clientActivityID").GetString());
            Assert.True(echoes == 1, $"'{message.GetProperty("text")}' was shown {echoes} times:\n{resident.Describe()}");
        }
        Assert.Equal(1, shown.Count(IsSurveyQuestion));
        Assert.Equal(1, shown.Count(s => (s.GetProperty("text").GetString() ?? "").Contains("this is Sam", StringComparison.Ordinal)));
        Assert.Equal(shown.Count, shown.Select(s => s.GetProperty("id").GetString()).Distinct().Count());
    }

    private static bool IsSurveyQuestion(JsonElement activity) =>
        (activity.GetProperty("text").GetString() ?? "").Contains("satisfied", StringComparison.OrdinalIgnoreCase);

    private static async Task<string[]> SettingsAsync(RedisServer redis) =>
    [
        "--database", Path.Combine(Directory.CreateTempSubdirectory("citycrm-two-nodes-").FullName, "citycrm.db"),
        "--Storage:Provider", "Cosmos",
        "--Cosmos:Endpoint", await CosmosTestServer.EndpointAsync(),
        "--Cosmos:Key", CosmosTestServer.Key,
        "--Cosmos:Database", "twonodes" + Guid.NewGuid().ToString("N"),
        "--Cosmos:LimitToEndpoint", "true",
        "--Cosmos:AcceptAnyServerCertificate", "true",
        "--SignalR:Redis", redis.Configuration,
        "--DirectLine:TokenSigningKey", "two-process-nodes-signing-key-0123456789",
        // A dead node's leases move within seconds, and workers look for work written on the other node every second.
        "--Leases:DurationSeconds", "4",
        "--Leases:RenewSeconds", "1",
        "--Leases:WakeSeconds", "1",
        "--Surveys:DelaySeconds", "6",
        "--Surveys:PollSeconds", "1",
        "--Surveys:QuietFrom", "00:00",
        "--Surveys:QuietUntil", "00:00",
    ];
}
