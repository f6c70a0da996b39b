using System.Net;
using System.Net.Http.Json;
using CityCrm.Channels.Twilio.Tests.Support;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace CityCrm.Channels.Twilio.Tests.EndToEnd;

/// <summary>The two sides of an end-to-end journey: a resident's text as Twilio posts it, and the demo agent signed in.</summary>
public static class Journey
{
    private static int sids;

    /// <summary>A captured incoming SMS from <paramref name="resident"/>, with a MessageSid no other test uses.</summary>
    public static Payload Sms(string resident, string body) =>
        Payload.Load("sms.form").WithSid($"SM{Interlocked.Increment(ref sids) + 5000:x32}").With("From", resident).With("Body", body);

    /// <summary>A client signed in as the demo agent, and its session cookie (for the hub).</summary>
    public static async Task<(HttpClient Client, string Cookie)> SignInAgentAsync<T>(WebApplicationFactory<T> host) where T : class
    {
        var client = host.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = "agent", password = "riverton311" });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return (client, response.Headers.GetValues("Set-Cookie").Single().Split(';')[0]);
    }

    /// <summary>A hub connection to the in-memory host as the signed-in agent of <paramref name="cookie"/>, not yet started.</summary>
    public static HubConnection AgentHub<T>(WebApplicationFactory<T> host, string cookie) where T : class =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(host.Server.BaseAddress, "/hubs/agent"), HttpTransportType.LongPolling, options =>
            {
                options.HttpMessageHandlerFactory = _ => host.Server.CreateHandler();
                options.Headers["Cookie"] = cookie;
            })
            .Build();
}
