using System.Net;
using System.Threading.Channels;
using CityCrm.City311.Tests.Agents;
using CityCrm.Conversations.Supervision;
using Microsoft.AspNetCore.SignalR.Client;

namespace CityCrm.City311.Tests.Supervision;

public sealed class SupervisorHubTests(AgentAppFactory factory) : IClassFixture<AgentAppFactory>
{
    // Only a bound on failure: a push that never comes fails the test instead of hanging it.
    private static readonly TimeSpan PushTimeout = TimeSpan.FromSeconds(20);

    private HubConnection Connect(string? cookie) => factory.CreateSupervisorHubConnection(cookie);

    [Fact]
    public async Task Connect_Anonymous_IsUnauthorized()
    {
        await using var connection = Connect(cookie: null);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => connection.StartAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
    }

    [Theory]
    [InlineData(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword)]
    [InlineData(StaffClient.Editor, StaffClient.EditorPassword)]
    public async Task Connect_AgentOrEditor_IsForbidden(string user, string password)
    {
        using var session = await factory.SignInAsync(user, password);
        await using var connection = Connect(session.Cookie);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => connection.StartAsync());

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
    }

    [Fact]
    public async Task Connect_Supervisor_GetsTheCountersAtOnceAndOnRequest()
    {
        using var supervisor = await factory.SignInAsync(AgentAppFactory.SupervisorUser, AgentAppFactory.SupervisorPassword);
        await using var connection = Connect(supervisor.Cookie);
        var pushes = Listen(connection);

        await connection.StartAsync();

        var first = await NextAsync(pushes, _ => true);
        var asked = await connection.InvokeAsync<SupervisorCountersDto>(nameof(SupervisorHub.Counters));
        Assert.Equal(first.Day, asked.Day);
        Assert.Equal(60, asked.ServiceLevel.TargetSeconds);
    }

    [Fact]
    public async Task HandOff_SupervisorConnected_PushesCountersWithTheConversationWaiting()
    {
        using var supervisor = await factory.SignInAsync(AgentAppFactory.SupervisorUser, AgentAppFactory.SupervisorPassword);
        await using var connection = Connect(supervisor.Cookie);
        var pushes = Listen(connection);
        await connection.StartAsync();
        var before = Waiting(await NextAsync(pushes, _ => true));

        await factory.CreateQueuedConversationAsync("Pia Resident");

        // The hand-off's timeline entry is written by its own handler and may land a push later than the queue change.
        var after = await NextAsync(pushes, c => Waiting(c) > before && c.ServiceLevel.HandedOff >= 1);
        Assert.Equal(before + 1, Waiting(after));
        Assert.Contains(after.Conversations, c => c.Channel == "webchat" && c.State == "queued" && c.Count >= 1);
    }

    private static int Waiting(SupervisorCountersDto counters) => counters.Queues.Sum(q => q.Waiting);

    private static Channel<SupervisorCountersDto> Listen(HubConnection connection)
    {
        var pushes = Channel.CreateUnbounded<SupervisorCountersDto>();
        connection.On<SupervisorCountersDto>(nameof(ISupervisorClient.CountersChanged), c => pushes.Writer.TryWrite(c));
        return pushes;
    }

    private static async Task<SupervisorCountersDto> NextAsync(Channel<SupervisorCountersDto> channel, Func<SupervisorCountersDto, bool> match)
    {
        using var timeout = new CancellationTokenSource(PushTimeout);
        await foreach (var item in channel.Reader.ReadAllAsync(timeout.Token))
        {
            if (match(item))
                return item;
        }
        throw new InvalidOperationException("The channel closed.");
    }
}
