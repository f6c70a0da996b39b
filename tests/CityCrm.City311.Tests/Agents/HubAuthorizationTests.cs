using System.Net;
using System.Reflection;
using CityCrm.Conversations.Hubs;
using CityCrm.Conversations.Supervision;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace CityCrm.City311.Tests.Agents;

/// <summary>
/// Every method of every hub, found by reflection, is refused to a role that must not call it and allowed to one
/// that may. A method added without a line in <see cref="Cases"/> fails <see cref="HubMethods_EveryPublicMethod_HasACase"/>.
/// </summary>
public sealed class HubAuthorizationTests(AgentAppFactory factory) : IClassFixture<AgentAppFactory>
{
    private sealed record Account(string User, string Password);

    private sealed record MethodCase(Type Hub, string Method, Account Refused, Account Allowed, object?[] Arguments);

    private static readonly Account Agent = new(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
    private static readonly Account Supervisor = new(AgentAppFactory.SupervisorUser, AgentAppFactory.SupervisorPassword);
    private static readonly Account Editor = new(AgentAppFactory.EditorUser, AgentAppFactory.EditorPassword);

    // "{conversation}" is replaced by a real queued conversation, so a call that is allowed does its work.
    private const string Conversation = "{conversation}";

    private static readonly MethodCase[] Cases =
    [
        new(typeof(AgentHub), nameof(AgentHub.Watch), Editor, Agent, [Conversation]),
        new(typeof(AgentHub), nameof(AgentHub.WatchAfter), Editor, Agent, [Conversation, 0L]),
        new(typeof(AgentHub), nameof(AgentHub.Unwatch), Editor, Agent, [Conversation]),
        new(typeof(AgentHub), nameof(AgentHub.Typing), Editor, Agent, [Conversation]),
        new(typeof(AgentHub), nameof(AgentHub.GetPresence), Editor, Agent, []),
        new(typeof(AgentHub), nameof(AgentHub.SetPresence), Editor, Agent, ["busy"]),
        new(typeof(AgentHub), nameof(AgentHub.AcceptOffer), Editor, Agent, [Conversation]),
        new(typeof(AgentHub), nameof(AgentHub.DeclineOffer), Editor, Agent, [Conversation]),
        new(typeof(AgentHub), nameof(AgentHub.SetAgentPresence), Agent, Supervisor, ["lucia", "away"]),
        new(typeof(SupervisorHub), nameof(SupervisorHub.Counters), Agent, Supervisor, []),
    ];

    public static TheoryData<string> CaseNames() => [.. Cases.Select(Name)];

    private static string Name(MethodCase c) => $"{c.Hub.Name}.{c.Method}";

    [Fact]
    public void HubMethods_EveryPublicMethod_HasACase()
    {
        var methods = new[] { typeof(AgentHub), typeof(SupervisorHub) }
            .SelectMany(hub => hub.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName && m.Name is not (nameof(Hub.OnConnectedAsync) or nameof(Hub.OnDisconnectedAsync)))
                .Select(m => $"{hub.Name}.{m.Name}"))
            .Order()
            .ToList();

        Assert.Equal(methods, Cases.Select(Name).Order().ToList());
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task HubMethod_RoleThatMustNot_IsRefused(string name)
    {
        var method = Cases.Single(c => Name(c) == name);
        await using var call = await CallAsync(method, method.Refused);

        // Refused either at the door (the hub's own policy) or at the method (a stricter one of its own).
        if (call.StartError is not null)
        {
            Assert.Equal(HttpStatusCode.Forbidden, call.StartError.StatusCode);
            return;
        }
        var error = Assert.IsType<HubException>(call.InvokeError);
        Assert.Contains("unauthorized", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task HubMethod_RoleThatMay_IsAllowed(string name)
    {
        var method = Cases.Single(c => Name(c) == name);
        await using var call = await CallAsync(method, method.Allowed);

        Assert.Null(call.StartError);
        // The method may still turn the call down for its own reasons (no such offer), never for the role.
        if (call.InvokeError is not null)
            Assert.DoesNotContain("unauthorized", call.InvokeError.Message, StringComparison.OrdinalIgnoreCase);
    }

    private sealed record Call(AgentSession Session, HubConnection Connection, HttpRequestException? StartError, Exception? InvokeError) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Connection.DisposeAsync();
            Session.Dispose();
        }
    }

    private async Task<Call> CallAsync(MethodCase method, Account account)
    {
        var conversation = await factory.CreateQueuedConversationAsync("Hub Resident");
        var session = await factory.SignInAsync(account.User, account.Password);
        var connection = method.Hub == typeof(SupervisorHub)
            ? factory.CreateSupervisorHubConnection(session.Cookie)
            : factory.CreateHubConnection(session.Cookie);
        try
        {
            await connection.StartAsync();
        }
        catch (HttpRequestException refused)
        {
            return new Call(session, connection, refused, null);
        }
        var arguments = method.Arguments.Select(a => a as string == Conversation ? conversation : a).ToArray();
        try
        {
            await connection.InvokeCoreAsync(method.Method, typeof(object), arguments);
            return new Call(session, connection, null, null);
        }
        catch (HubException error)
        {
            return new Call(session, connection, null, error);
        }
    }
}
