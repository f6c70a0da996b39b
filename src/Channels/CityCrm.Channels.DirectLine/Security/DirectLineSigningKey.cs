using System.Text;
using CityCrm.Channels;

namespace CityCrm.Channels.DirectLine.Security;

/// <summary>
/// The HMAC key tokens are signed with: the configured one, or a random one generated on first start
/// and kept in the data folder (readable by the service's user only) so that tokens survive restarts.
/// </summary>
public sealed class DirectLineSigningKey
{
    public const string FileName = "directline.key";
    private const int MinimumKeyLength = 32;

    public DirectLineSigningKey(byte[] key)
    {
        if (key.Length < MinimumKeyLength)
            throw new ArgumentException($"A Direct Line signing key needs at least {MinimumKeyLength} bytes.", nameof(key));
        Key = key;
    }

    internal byte[] Key { get; }

    /// <summary>The configured key, else the one in the data folder (created if missing).</summary>
    public static DirectLineSigningKey FromOptions(DirectLineOptions options)
    {
        if (!string.IsNullOrEmpty(options.TokenSigningKey))
        {
            if (options.TokenSigningKey.Length < MinimumKeyLength)
                throw new InvalidOperationException($"DirectLine:TokenSigningKey must have at least {MinimumKeyLength} characters.");
            return new DirectLineSigningKey(Encoding.UTF8.GetBytes(options.TokenSigningKey));
        }
        if (string.IsNullOrEmpty(options.DataDirectory))
            throw new InvalidOperationException("Direct Line needs DirectLine:TokenSigningKey or a data folder to keep its generated key in.");
        return LoadOrCreate(Path.Combine(options.DataDirectory, FileName));
    }

    private static DirectLineSigningKey LoadOrCreate(string path)
    {
        try
        {
            return new DirectLineSigningKey(SecretFile.LoadOrCreate(path, 32, "open conversations will need new tokens"));
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException($"The Direct Line key file {path} is damaged; delete it to generate a new key (open conversations will need new tokens).", ex);
        }
    }
}
