namespace CityCrm.Channels.DirectLine.Security;

/// <summary>
/// Who is calling: a holder of a Direct Line secret (a web site's back end, trusted with every
/// Direct Line conversation) or a holder of a token (one user in one conversation).
/// </summary>
public sealed class DirectLineCaller
{
    private DirectLineCaller(DirectLineToken? token) => Token = token;

    /// <summary>The verified token, or null for a secret holder.</summary>
    public DirectLineToken? Token { get; }

    public bool IsSecretHolder => Token is null;

    public static DirectLineCaller SecretHolder { get; } = new(null);

    public static DirectLineCaller WithToken(DirectLineToken token) => new(token);

    /// <summary>True when the caller may use <paramref name="conversationId"/> through the REST API.</summary>
    public bool MayUse(string conversationId) =>
        Token is null || (!Token.StreamOnly && string.Equals(Token.ConversationId, conversationId, StringComparison.Ordinal));

    /// <summary>True when the caller may open the WebSocket stream of <paramref name="conversationId"/>.</summary>
    public bool MayStream(string conversationId) =>
        Token is null || string.Equals(Token.ConversationId, conversationId, StringComparison.Ordinal);
}
