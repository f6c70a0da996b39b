using System.Security.Cryptography;
using System.Text;

namespace CityCrm.Conversations.Bot;

/// <summary>
/// A pending proof that the resident in a chat holds a phone number or email the city already knows: a one-time code
/// was sent there, and only its hash is kept (bound to the conversation), with when it expires and how many tries are left.
/// </summary>
/// <param name="Address">The phone number (E.164) or email the code was sent to.</param>
/// <param name="ContactId">The contact that address belongs to, whom the chat joins once proven.</param>
/// <param name="CodeHash">SHA-256 of the conversation id and the code, hex.</param>
/// <param name="ExpiresAt">When the code stops working.</param>
/// <param name="TriesLeft">Wrong codes accepted before the challenge is dropped.</param>
public sealed record LinkChallenge(string Address, string ContactId, string CodeHash, DateTimeOffset ExpiresAt, int TriesLeft)
{
    /// <summary>How long a code works.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>How many codes a resident may enter.</summary>
    public const int Tries = 3;

    /// <summary>A new six-digit code.</summary>
    public static string NewCode() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    public static string Hash(string conversationId, string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{conversationId}\n{code}")));

    /// <summary>True when <paramref name="code"/> is the one sent (compared in fixed time).</summary>
    public bool Matches(string conversationId, string code) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(conversationId, code)), Encoding.ASCII.GetBytes(CodeHash));
}
