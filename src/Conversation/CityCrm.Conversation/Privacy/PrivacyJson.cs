using System.Text.Json;

namespace CityCrm.Conversations.Privacy;

/// <summary>How privacy actions' arguments and counts are written into the audit log.</summary>
internal static class PrivacyJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Of(object value) => JsonSerializer.Serialize(value, Options);
}
