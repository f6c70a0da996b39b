using CityCrm.Channels.DirectLine.Security;
using CityCrm.Channels.DirectLine.Streaming;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace CityCrm.Channels.DirectLine.Api;

/// <summary>The WebSocket behind a streamUrl: frames of {activities, watermark}, replaying after the watermark first.</summary>
internal static class StreamEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/conversations/{conversationId}/stream", StreamAsync);

    private static async Task<IResult> StreamAsync(
        string conversationId, string? t, string? watermark, HttpContext context, DirectLineAuthenticator authenticator,
        DirectLineGate gate, DirectLineFeed feed, DirectLineStreamBroker broker, IHostApplicationLifetime lifetime)
    {
        // Browsers cannot set headers on a WebSocket, hence the token in the query ("t"); other clients may use the header.
        // The token is checked first, so a caller without one learns nothing about the address.
        var caller = t is not null ? authenticator.Authenticate(t) : authenticator.Authenticate(context.Request);
        var gated = await gate.OpenAsync(caller, conversationId, stream: true, context.RequestAborted);
        if (!gated.Passed)
            return gated.Problem;
        if (!context.WebSockets.IsWebSocketRequest)
            return DirectLineProblems.BadRequest("This address only accepts WebSocket connections.");
        if (!DirectLineUrls.TryParseWatermark(watermark, out var after))
            return DirectLineProblems.BadRequest("The watermark must be a number.");

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var session = new DirectLineStreamSession(socket, conversationId, after, feed, broker, DirectLineUrls.Origin(context.Request));
        await session.RunAsync(context.RequestAborted, lifetime.ApplicationStopping);
        return TypedResults.Empty;
    }
}
