using System.Globalization;
using System.Security.Cryptography;

namespace CityCrm.Conversations.Agents;

/// <summary>
/// Hashes staff passwords with PBKDF2-SHA256 and a random salt. The stored form names its own
/// algorithm and cost (<c>pbkdf2-sha256$iterations$salt$hash</c>), so the cost can be raised later
/// without invalidating existing accounts.
/// </summary>
public sealed class PasswordHasher
{
    /// <summary>The format's version tag.</summary>
    public const string Scheme = "pbkdf2-sha256";

    /// <summary>The work factor for new hashes.</summary>
    public const int DefaultIterations = 210_000;

    private const int MinimumIterations = 100_000;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    /// <summary>A new salted hash of <paramref name="password"/> in the versioned format.</summary>
    public string Hash(string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(password);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, DefaultIterations, HashAlgorithmName.SHA256, HashBytes);
        return string.Join('$', Scheme, DefaultIterations.ToString(CultureInfo.InvariantCulture),
            Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    /// <summary>True when <paramref name="password"/> matches; a malformed stored hash never matches.</summary>
    public bool Verify(string password, string storedHash)
    {
        if (!TryParse(storedHash, out var iterations, out var salt, out var expected))
            return false;
        var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    private static bool TryParse(string storedHash, out int iterations, out byte[] salt, out byte[] hash)
    {
        iterations = 0;
        salt = hash = [];
        var parts = storedHash.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme)
            return false;
        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out iterations) || iterations < MinimumIterations)
            return false;
        try
        {
            salt = Convert.FromBase64String(parts[2]);
            hash = Convert.FromBase64String(parts[3]);
        }
        catch (FormatException)
        {
            return false;
        }
        return salt.Length >= SaltBytes && hash.Length == HashBytes;
    }
}
