using System.Security.Cryptography;
using System.Text;
using CityCrm.Channels;

namespace CityCrm.Conversations.Portal;

/// <summary>
/// The server secret the portal's codes, addresses and IPs are hashed with (HMAC-SHA256): <c>Portal:HashKey</c> when
/// configured, else a random key generated once into the data folder. Without it, a copy of the database would let
/// anyone test every six-digit code, or every phone number, against the stored hashes in seconds.
/// </summary>
public sealed class ResidentHashKey
{
    public const string FileName = "portal.key";
    private const int MinimumKeyLength = 32;
    private readonly byte[] key;

    public ResidentHashKey(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < MinimumKeyLength)
            throw new ArgumentException($"The portal's hash key needs at least {MinimumKeyLength} bytes.", nameof(key));
        this.key = key;
    }

    /// <summary>The configured key, else the one in <paramref name="dataDirectory"/> (created if missing).</summary>
    public static ResidentHashKey From(string? configured, string? dataDirectory)
    {
        if (!string.IsNullOrEmpty(configured))
        {
            return configured.Length >= MinimumKeyLength
                ? new ResidentHashKey(Encoding.UTF8.GetBytes(configured))
                : throw new InvalidOperationException($"Portal:HashKey must have at least {MinimumKeyLength} characters.");
        }
        if (string.IsNullOrEmpty(dataDirectory))
            throw new InvalidOperationException("The resident portal needs Portal:HashKey or a data folder to keep its generated key in.");
        return new ResidentHashKey(SecretFile.LoadOrCreate(Path.Combine(dataDirectory, FileName), MinimumKeyLength,
            "pending portal codes stop working and the rate limits start afresh"));
    }

    /// <summary>HMAC-SHA256 of <paramref name="text"/> under the key, lower-case hex.</summary>
    public string Hash(string text) => Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text)));
}
