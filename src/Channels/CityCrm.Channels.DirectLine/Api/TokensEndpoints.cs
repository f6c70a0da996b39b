using CityCrm.Channels.DirectLine.Mapping;
using CityCrm.Channels.DirectLine.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.DirectLine.Api;

/// <summary>Token generation (for a web site's back end, with the secret), refresh (for clients), and the resident page's token.</summary>
internal static class TokensEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/tokens/generate", GenerateAsync);
        group.MapPost("/tokens/refresh", Refresh);
    }

    public static void MapWebChat(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/webchat/token", IssueForPage);

    /// <summary>
    /// Binds a token to a new conversation id (opened on the client's first POST /conversations) and to the
    /// given user, or a new anonymous one. Only a secret holder may call it.
    /// </summary>
    private static async Task<IResult> GenerateAsync(
        HttpRequest request, DirectLineAuthenticator authenticator, DirectLineTokenService tokens,
        IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        if (!authenticator.IsSecret(request))
            return DirectLineProblems.Forbidden("Generating a token needs the Direct Line secret.");
        var body = await JsonBody.ReadAsync<ConversationParameters>(request, options.Value.MaxActivityBytes, optional: true, cancellationToken);
        if (body.Problem is not null)
            return body.Problem;
        var requested = body.Value?.User?.Id;
        if (requested is not null && !DirectLineIds.IsValidUserId(requested))
            return DirectLineProblems.BadRequest("user.id may hold letters, digits and - _ . : @, up to 64 characters.");
        var issued = tokens.Issue(DirectLineIds.NewConversationId(), requested ?? DirectLineIds.NewUserId(),
            DirectLineActivityMapper.ClipName(body.Value?.User?.Name));
        return TypedResults.Ok(new TokenResponse(issued.Claims.ConversationId, issued.Value, issued.ExpiresIn));
    }

    /// <summary>The same grant for a new lifetime; needs a valid token (not the secret, not a stream token).</summary>
    private static IResult Refresh(HttpRequest request, DirectLineAuthenticator authenticator, DirectLineTokenService tokens)
    {
        var caller = authenticator.Authenticate(request);
        if (caller?.Token is not { StreamOnly: false } token)
            return DirectLineProblems.Forbidden("Refreshing needs a valid, unexpired token.");
        var issued = tokens.Refresh(token);
        return TypedResults.Ok(new TokenResponse(issued.Claims.ConversationId, issued.Value, issued.ExpiresIn));
    }

    /// <summary>
    /// The resident page's token, from the same origin, so the secret never reaches a browser: a new anonymous
    /// user in a new conversation. It grants nothing beyond opening a chat, which the page offers anyone anyway.
    /// </summary>
    private static IResult IssueForPage(DirectLineTokenService tokens)
    {
        var issued = tokens.Issue(DirectLineIds.NewConversationId(), DirectLineIds.NewUserId(), null);
        return TypedResults.Ok(new WebChatTokenResponse(issued.Value, issued.Claims.ConversationId, issued.Claims.UserId, issued.ExpiresIn));
    }
}
