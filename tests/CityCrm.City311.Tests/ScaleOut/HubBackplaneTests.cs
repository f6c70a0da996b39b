using System.Threading.Channels;
using CityCrm.City311.ScaleOut;
using CityCrm.City311.Tests.Agents;
using CityCrm.Conversations.Hubs;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.City311.Tests.ScaleOut;

/// <summary>Agent consoles on two nodes over the Redis backplane, through a Redis outage and back.</summary>
public sealed class HubBackplaneTests : IAsyncLifetime
{
    // Bounds on failure only: a push that never comes fails the test instead of hanging it.
    private static readonly TimeSpan PushTimeout = TimeSpan.FromSeconds(15);
    private readonly TwoNodes nodes = new();

    public Task InitializeAsync() => nodes.InitializeAsync();

    public Task DisposeAsync() => nodes.DisposeAsync();

    [Fact]
    public async Task HandOff_OnNodeA_ReachesAnAgentConsoleConnectedToNodeB()
    {
        await using var console = await ConsoleAsync(nodes.B);

        var id = await nodes.A.CreateQueuedConversationAsync("Nadia Resident");

        Assert.True(await console.WaitForAsync(id, PushTimeout), "node B's console never heard of node A's hand-off");
    }

    [Fact]
    public async Task HandOff_OnNodeAWithRedisStopped_StillReachesNodeAsOwnConsole()
    {
        await using var console = await ConsoleAsync(nodes.A);
        await nodes.Redis.StopAsync();
        await WaitUntilAsync(() => !Link(nodes.A).IsConnected);

        var id = await nodes.A.CreateQueuedConversationAsync("Omar Resident");

        Assert.True(await console.WaitForAsync(id, PushTimeout), "node A's console missed node A's hand-off while Redis was down");
    }

    [Fact]
    public async Task HandOff_OnNodeAAfterRedisRestarts_ReachesNodeBAgain()
    {
        await using var console = await ConsoleAsync(nodes.B);
        await StopRedisAsync();

        await StartRedisAsync();

        Assert.True(await HeardAnyAsync(console, nodes.A), "cross-node delivery never resumed after Redis came back");
    }

    [Fact]
    public async Task HandOff_OnNodeAAfterRedisRestarts_ReachesAConsoleThatConnectedToNodeBDuringTheOutage()
    {
        await StopRedisAsync();
        await using var console = await ConsoleAsync(nodes.B);

        await StartRedisAsync();

        Assert.True(await HeardAnyAsync(console, nodes.A), "a console that joined during the outage never heard node A once Redis was back");
    }

    [Fact]
    public async Task HandOff_AfterRedisReturns_ReachesANodeThatStartedWhileRedisWasDown()
    {
        await StopRedisAsync();
        var late = nodes.StartNode("c");
        await using var onLate = await ConsoleAsync(late);
        await using var onB = await ConsoleAsync(nodes.B);

        await StartRedisAsync(late);

        Assert.True(await HeardAnyAsync(onLate, nodes.A), "the node started during the outage never heard node A");
        Assert.True(await HeardAnyAsync(onB, late), "node B never heard the node started during the outage");
    }

    [Fact]
    public async Task HandOff_AfterSubscriptionsAreRenewed_ArrivesAsOftenAsBeforeTheOutage()
    {
        await using var console = await ConsoleAsync(nodes.B);
        var before = await console.CountAsync(await nodes.A.CreateQueuedConversationAsync("Before Outage"), CountWindow);
        await StopRedisAsync();
        await using var duringOutage = await ConsoleAsync(nodes.B);
        await StartRedisAsync();
        Assert.True(await HeardAnyAsync(duringOutage, nodes.A), "delivery never resumed");

        var after = await console.CountAsync(await nodes.A.CreateQueuedConversationAsync("After Outage"), CountWindow);

        Assert.True(before > 0, "the console heard nothing before the outage");
        Assert.Equal(before, after);
    }

    // Long enough for every push of one hand-off to arrive; only used to count them, never as a bound.
    private static readonly TimeSpan CountWindow = TimeSpan.FromSeconds(3);

    // Node B renews its subscriptions a moment after Redis is back: a hand-off may come before that, so try a few.
    private static async Task<bool> HeardAnyAsync(AgentConsole console, AgentAppFactory from)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            if (await console.WaitForAsync(await from.CreateQueuedConversationAsync($"Resident {attempt}"), TimeSpan.FromSeconds(3)))
                return true;
        }
        return false;
    }

    private async Task StopRedisAsync()
    {
        await nodes.Redis.StopAsync();
        await WaitUntilAsync(() => !Link(nodes.A).IsConnected && !Link(nodes.B).IsConnected);
    }

    private async Task StartRedisAsync(params AgentAppFactory[] others)
    {
        await nodes.Redis.StartAgainAsync();
        await WaitUntilAsync(() => new[] { nodes.A, nodes.B }.Concat(others).All(n => Link(n).IsConnected));
    }

    private static RedisLink Link(AgentAppFactory node) => node.Services.GetRequiredService<RedisLink>();

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 300 && !condition(); i++)
            await Task.Delay(50);
        Assert.True(condition(), "the Redis connection never changed state");
    }

    private static async Task<AgentConsole> ConsoleAsync(AgentAppFactory node)
    {
        var agent = await node.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        var connection = node.CreateHubConnection(agent.Cookie);
        var console = new AgentConsole(agent, connection);
        await connection.StartAsync();
        return console;
    }

    /// <summary>A signed-in agent's hub connection, collecting the conversation changes pushed to it.</summary>
    private sealed class AgentConsole : IAsyncDisposable
    {
        private readonly AgentSession agent;
        private readonly HubConnection connection;
        private readonly Channel<ConversationSummaryDto> changes = Channel.CreateUnbounded<ConversationSummaryDto>();

        public AgentConsole(AgentSession agent, HubConnection connection)
        {
            this.agent = agent;
            this.connection = connection;
            connection.On<ConversationSummaryDto>(nameof(IAgentClient.ConversationChanged), c => changes.Writer.TryWrite(c));
        }

        /// <summary>Whether a change of <paramref name="id"/> arrives within <paramref name="within"/>.</summary>
        public async Task<bool> WaitForAsync(string id, TimeSpan within)
        {
            using var timeout = new CancellationTokenSource(within);
            try
            {
                await foreach (var change in changes.Reader.ReadAllAsync(timeout.Token))
                {
                    if (change.Id == id)
                        return true;
                }
            }
            catch (OperationCanceledException)
            {
            }
            return false;
        }

        /// <summary>How many changes of <paramref name="id"/> arrive within <paramref name="window"/> (others are dropped).</summary>
        public async Task<int> CountAsync(string id, TimeSpan window)
        {
            var count = 0;
            using var timeout = new CancellationTokenSource(window);
            try
            {
                await foreach (var change in changes.Reader.ReadAllAsync(timeout.Token))
                {
                    if (change.Id == id)
                        count++;
                }
            }
            catch (OperationCanceledException)
            {
            }
            return count;
        }

        public async ValueTask DisposeAsync()
        {
            await connection.DisposeAsync();
            agent.Dispose();
        }
    }
}
