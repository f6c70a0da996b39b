using System.Text.Json.Serialization;

namespace CityCrm.CaseCore.Streets;

/// <summary>The gazetteer's JSON form (see docs/gazetteer.md): streets with their blocks as [latitude, longitude] ends.</summary>
internal sealed class GazetteerFile
{
    [JsonPropertyName("city")]
    public string? City { get; set; }

    [JsonPropertyName("streets")]
    public List<StreetEntry> Streets { get; set; } = [];

    internal sealed class StreetEntry
    {
        [JsonPropertyName("name")]
        public string? Name { get; set; }

        [JsonPropertyName("type")]
        public string? Type { get; set; }

        [JsonPropertyName("aliases")]
        public List<string> Aliases { get; set; } = [];

        [JsonPropertyName("segments")]
        public List<SegmentEntry> Segments { get; set; } = [];
    }

    internal sealed class SegmentEntry
    {
        [JsonPropertyName("from")]
        public int From { get; set; }

        [JsonPropertyName("to")]
        public int To { get; set; }

        [JsonPropertyName("start")]
        public double[]? Start { get; set; }

        [JsonPropertyName("end")]
        public double[]? End { get; set; }
    }
}
