using System.Diagnostics.CodeAnalysis;
using CityCrm.Channels.DirectLine.Security;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CityCrm.Channels.DirectLine.Api;

/// <summary>A request let through to one conversation: who called, and as which resident they act.</summary>
internal sealed record GateResult(DirectLineCaller? Caller, Conversation? Conversation, IResult? Problem)
{
    [MemberNotNullWhen(true, nameof(Caller), nameof(Conversation))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Passed => Problem is null;

    /// <summary>The resident the caller acts as: the token's user, or the conversation's own for a secret holder.</summary>
    public string UserId => Caller?.Token?.UserId ?? Conversation?.Address ?? throw new InvalidOperationException("Not passed.");

    public string? UserName => Caller?.Token?.UserName;
}

/// <summary>
/// The checks every conversation call makes, in this order: a credential (else 403), valid for this
/// conversation and its resident (else 403), and a Direct Line conversation by that id (else 404).
/// </summary>
internal sealed class DirectLineGate(DirectLineAuthenticator authenticator, ConversationService conversations, IOptions<DirectLineOptions> options)
{
    public Task<GateResult> OpenAsync(HttpRequest request, string conversationId, CancellationToken cancellationToken) =>
        OpenAsync(authenticator.Authenticate(request), conversationId, stream: false, cancellationToken);

    public async Task<GateResult> OpenAsync(DirectLineCaller? caller, string conversationId, bool stream, CancellationToken cancellationToken)
    {
        if (caller is null)
            return Refuse(DirectLineProblems.NoCredential());
        if (!(stream ? caller.MayStream(conversationId) : caller.MayUse(conversationId)))
            return Refuse(DirectLineProblems.Forbidden("The token is not valid for this conversation."));
        var conversation = await conversations.GetAsync(conversationId, cancellationToken);
        if (conversation is null || conversation.InboxId != options.Value.InboxId)
            return Refuse(DirectLineProblems.NotFound(conversationId));
        if (caller.Token is { } token && !string.Equals(token.UserId, conversation.Address, StringComparison.Ordinal))
            return Refuse(DirectLineProblems.Forbidden("The token is not valid for this conversation."));
        return new GateResult(caller, conversation, null);
    }

    private static GateResult Refuse(IResult problem) => new(null, null, problem);
}
