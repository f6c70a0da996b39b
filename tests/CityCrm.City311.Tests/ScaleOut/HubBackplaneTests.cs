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
        await nodes.Redis.StopAsync();
        await WaitUntilAsync(() => !Link(nodes.A).IsConnected && !Link(nodes.B).IsConnected);

        await nodes.Redis.StartAgainAsync();
        await WaitUntilAsync(() => Link(nodes.A).IsConnected && Link(nodes.B).IsConnected);

        // Node B renews its subscriptions a moment after reconnecting: a hand-off may come before that, so try a few.
        var heard = false;
        for (var attempt = 0; attempt < 10 && !heard; attempt++)
            heard = await console.WaitForAsync(await nodes.A.CreateQueuedConversationAsync($"Resident {attempt}"), TimeSpan.FromSeconds(3));
        Assert.True(heard, "cross-node delivery never resumed after Redis came back");
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

        public async ValueTask DisposeAsync()
        {
            await connection.DisposeAsync();
            agent.Dispose();
        }
    }
}
