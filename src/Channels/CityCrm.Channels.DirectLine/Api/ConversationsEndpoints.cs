using CityCrm.Channels.DirectLine.Mapping;
using CityCrm.Channels.DirectLine.Security;
using CityCrm.Channels.Schema;
using CityCrm.Conversations.Events;
using CityCrm.Conversations.Inbound;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.DirectLine.Api;

/// <summary>Start, reconnect, read (polling) and post: the conversation half of Direct Line 3.0.</summary>
internal static class ConversationsEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/conversations", StartAsync);
        group.MapGet("/conversations/{conversationId}", ReconnectAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
    }

    /// <summary>
    /// With a token: opens the conversation the token was generated for (or returns it again).
    /// With a secret: opens a new conversation for the given (or a new anonymous) user.
    /// </summary>
    private static async Task<IResult> StartAsync(
        HttpRequest request, DirectLineAuthenticator authenticator, DirectLineTokenService tokens,
        ConversationService conversations, IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        var caller = authenticator.Authenticate(request);
        if (caller is null || caller.Token is { StreamOnly: true })
            return DirectLineProblems.NoCredential();
        var body = await JsonBody.ReadAsync<ConversationParameters>(request, options.Value.MaxActivityBytes, optional: true, cancellationToken);
        if (body.Problem is not null)
            return body.Problem;

        string userId;
        string? conversationId = null;
        var userName = caller.Token?.UserName ?? DirectLineActivityMapper.ClipName(body.Value?.User?.Name);
        if (caller.Token is { } token)
        {
            (conversationId, userId) = (token.ConversationId, token.UserId);
        }
        else if (body.Value?.User?.Id is { } requested)
        {
            if (!DirectLineIds.IsValidUserId(requested))
                return DirectLineProblems.BadRequest("user.id may hold letters, digits and - _ . : @, up to 64 characters.");
            userId = requested;
        }
        else
        {
            userId = DirectLineIds.NewUserId();
        }

        var inboxId = options.Value.InboxId;
        var existing = conversationId is null ? null : await conversations.GetAsync(conversationId, cancellationToken);
        if (existing is not null && (existing.InboxId != inboxId || existing.Address != userId))
            return DirectLineProblems.Forbidden("The token is not valid for this conversation.");
        var conversation = existing ?? await conversations.StartAsync(inboxId, userId, userName, conversationId, cancellationToken);

        var issued = tokens.Issue(conversation.Id, userId, userName);
        var stream = tokens.IssueStream(issued.Claims);
        var response = new ConversationResponse(conversation.Id, issued.Value, issued.ExpiresIn,
            DirectLineUrls.StreamUrl(request, conversation.Id, stream.Value, null));
        return existing is null
            ? TypedResults.Created($"{DirectLineUrls.Prefix}/conversations/{conversation.Id}", response)
            : TypedResults.Ok(response);
    }

    /// <summary>A fresh token and streamUrl for an existing conversation, resuming after the given watermark.</summary>
    private static async Task<IResult> ReconnectAsync(
        string conversationId, string? watermark, HttpRequest request, DirectLineGate gate,
        DirectLineTokenService tokens, CancellationToken cancellationToken)
    {
        var gated = await gate.OpenAsync(request, conversationId, cancellationToken);
        if (!gated.Passed)
            return gated.Problem;
        if (!DirectLineUrls.TryParseWatermark(watermark, out var after))
            return DirectLineProblems.BadRequest("The watermark must be a number.");
        var issued = tokens.Issue(conversationId, gated.UserId, gated.UserName);
        var stream = tokens.IssueStream(issued.Claims);
        return TypedResults.Ok(new ConversationResponse(conversationId, issued.Value, issued.ExpiresIn,
            DirectLineUrls.StreamUrl(request, conversationId, stream.Value, after)));
    }

    /// <summary>Polling: what the resident may see after the watermark.</summary>
    private static async Task<IResult> GetActivitiesAsync(
        string conversationId, string? watermark, HttpRequest request, DirectLineGate gate,
        DirectLineFeed feed, CancellationToken cancellationToken)
    {
        var gated = await gate.OpenAsync(request, conversationId, cancellationToken);
        if (!gated.Passed)
            return gated.Problem;
        if (!DirectLineUrls.TryParseWatermark(watermark, out var after))
            return DirectLineProblems.BadRequest("The watermark must be a number.");
        var page = await feed.ReadAfterAsync(conversationId, after, DirectLineUrls.Origin(request), cancellationToken);
        return TypedResults.Json(new ActivitySet(page.Activities, page.Watermark.ToString(System.Globalization.CultureInfo.InvariantCulture)), ActivityJson.Options);
    }

    /// <summary>
    /// Stores the resident's activity (once per clientActivityID) and answers with its server id only after it
    /// is committed. Typing indicators are not stored (they mean nothing once the moment has passed): they are only
    /// passed on to the agents watching the conversation.
    /// </summary>
    private static async Task<IResult> PostActivityAsync(
        string conversationId, HttpRequest request, DirectLineGate gate, ConversationService conversations,
        IEventPublisher events, TimeProvider clock, IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        var gated = await gate.OpenAsync(request, conversationId, cancellationToken);
        if (!gated.Passed)
            return gated.Problem;
        var body = await JsonBody.ReadAsync<Activity>(request, options.Value.MaxActivityBytes, optional: false, cancellationToken);
        if (body.Problem is not null)
            return body.Problem;
        var posted = body.Value!;
        if (DirectLineActivityMapper.ValidateIncoming(posted) is { } error)
            return DirectLineProblems.BadRequest(error);
        if (posted.Type == ActivityTypes.Typing)
        {
            await events.PublishAsync(new ResidentTyping(conversationId, gated.UserName, clock.GetUtcNow()), cancellationToken);
            return TypedResults.Ok(new ResourceResponse(""));
        }

        var activity = DirectLineActivityMapper.NormalizeIncoming(posted, conversationId, gated.UserId, gated.UserName, clock.GetUtcNow());
        var received = await conversations.ReceiveAsync(
            new InboundActivity(options.Value.InboxId, gated.UserId, conversationId, posted.ClientActivityId, activity), cancellationToken);
        return TypedResults.Ok(new ResourceResponse(received.Message.Id));
    }
}
