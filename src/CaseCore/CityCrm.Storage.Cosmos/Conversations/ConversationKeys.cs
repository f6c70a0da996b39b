using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CityCrm.Storage.Cosmos.Conversations;

/// <summary>Document ids derived from outside values, and sort keys that order as strings.</summary>
internal static class ConversationKeys
{
    /// <summary>
    /// A fixed-length id for any string: provider ids and inbox ids may hold characters Cosmos DB refuses in an id
    /// ('/', '\', '?', '#'), and a hash keeps the id short whatever the input.
    /// </summary>
    public static string Hash(string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..40];

    /// <summary>A key that sorts by time, then by a number: both zero-padded so string order is numeric order.</summary>
    public static string Sort(long ticks, long then) =>
        ticks.ToString("D19", CultureInfo.InvariantCulture) + then.ToString("D19", CultureInfo.InvariantCulture);

    /// <summary>The id of message <paramref name="sequence"/> within its conversation's partition.</summary>
    public static string Message(long sequence) => "m:" + sequence.ToString("D12", CultureInfo.InvariantCulture);

    public static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
}
