using System.Buffers;
using System.Security.Cryptography;

namespace CityCrm.Channels.DirectLine.Api;

/// <summary>Ids the endpoint mints (conversations, users, files) and the user ids it accepts from a back end.</summary>
internal static class DirectLineIds
{
    public const int MaxUserIdLength = 64;
    private static readonly SearchValues<char> UserIdChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:@");

    /// <summary>A new conversation id, in the same form the conversation engine uses.</summary>
    public static string NewConversationId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    /// <summary>A new anonymous user id; "dl_" marks ids that only a token can carry.</summary>
    public static string NewUserId() => "dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    /// <summary>An unguessable file id: the only thing protecting an uploaded file's URL.</summary>
    public static string NewFileId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>True for a user id made of letters, digits and - _ . : @, up to 64 characters.</summary>
    public static bool IsValidUserId(string? userId) =>
        !string.IsNullOrEmpty(userId) && userId.Length <= MaxUserIdLength && !userId.AsSpan().ContainsAnyExcept(UserIdChars);

    /// <summary>True for an id safe to use as a folder name (conversation and file ids).</summary>
    public static bool IsSafeSegment(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 64 && !id.AsSpan().ContainsAnyExcept(SafeSegmentChars);

    private static readonly SearchValues<char> SafeSegmentChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_");
}
