using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CityCrm.Open311;

/// <summary>
/// Recognizes the configured api keys by their SHA-256. A presented key is hashed and compared with every
/// configured hash in fixed time, so neither the answer's timing nor an early exit tells how close a guess was.
/// </summary>
public sealed class ApiKeyRing
{
    private readonly (string Name, byte[] Hash)[] keys;

    public ApiKeyRing(IOptions<Open311Options> options)
    {
        keys = options.Value.ApiKeys.Select(Load).ToArray();
    }

    /// <summary>The name of the client that holds <paramref name="presented"/>, or null for a missing or unknown key.</summary>
    public string? Identify(string? presented)
    {
        if (string.IsNullOrEmpty(presented))
            return null;
        var hash = Hash(presented);
        string? found = null;
        foreach (var (name, expected) in keys)
        {
            if (CryptographicOperations.FixedTimeEquals(hash, expected) && found is null)
                found = name;
        }
        return found;
    }

    /// <summary>The hex SHA-256 of a key, as <see cref="Open311ApiKey.Sha256"/> holds it.</summary>
    public static string HashHex(string key) => Convert.ToHexStringLower(Hash(key));

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    private static (string, byte[]) Load(Open311ApiKey key)
    {
        if (string.IsNullOrWhiteSpace(key.Name))
            throw new InvalidOperationException("Each key in Open311:ApiKeys needs a Name.");
        if (!string.IsNullOrEmpty(key.Key))
            return (key.Name, Hash(key.Key));
        try
        {
            var hash = Convert.FromHexString(key.Sha256.Trim());
            if (hash.Length == SHA256.HashSizeInBytes)
                return (key.Name, hash);
        }
        catch (FormatException)
        {
        }
        throw new InvalidOperationException($"Open311:ApiKeys '{key.Name}' needs a Key or a Sha256 of 64 hex digits.");
    }
}
