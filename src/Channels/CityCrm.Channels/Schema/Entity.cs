using System.Text.Json;
using System.Text.Json.Serialization;

namespace CityCrm.Channels.Schema;

/// <summary>Metadata attached to an activity (client capabilities, mentions, citations...).</summary>
public sealed class Entity
{
    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
