using System.Security.Cryptography;
using System.Text;

namespace CityCrm.Channels.DirectLine.Security;

/// <summary>
/// Compares secrets without leaking, through timing, how much of a guess was right.
/// Both sides are hashed first so that even their lengths do not change the time taken.
/// </summary>
public static class FixedTimeSecret
{
    /// <summary>True when <paramref name="presented"/> equals <paramref name="expected"/>; empty values never match.</summary>
    public static bool AreEqual(string? presented, string? expected)
    {
        if (string.IsNullOrEmpty(presented) || string.IsNullOrEmpty(expected))
            return false;
        Span<byte> a = stackalloc byte[SHA256.HashSizeInBytes];
        Span<byte> b = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(presented), a);
        SHA256.HashData(Encoding.UTF8.GetBytes(expected), b);
        return CryptographicOperations.FixedTimeEquals(a, b);
    }

    /// <summary>True when <paramref name="presented"/> equals any of <paramref name="secrets"/>; every one is compared.</summary>
    public static bool MatchesAny(string? presented, IEnumerable<string> secrets)
    {
        var match = false;
        foreach (var secret in secrets)
            match |= AreEqual(presented, secret);
        return match;
    }
}
