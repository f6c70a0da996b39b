using System.Text.Json;
using CityCrm.Conversations.Outreach;

namespace CityCrm.City311.Api.Dtos;

/// <summary>A segment's rules: <c>area</c> is a GeoJSON Polygon, MultiPolygon or Feature object; every list is optional.</summary>
public sealed record SegmentRulesDto(
    JsonElement? Area, IReadOnlyList<string>? Streets, IReadOnlyList<string>? Tags, IReadOnlyList<string>? Languages,
    IReadOnlyList<string>? HouseholdRoles, IReadOnlyList<string>? Subscriptions)
{
    public SegmentRules ToRules() => new()
    {
        Area = Area is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } area
            ? area.ValueKind == JsonValueKind.String ? area.GetString() : area.GetRawText()
            : null,
        Streets = Streets ?? [],
        Tags = Tags ?? [],
        Languages = Languages ?? [],
        HouseholdRoles = HouseholdRoles ?? [],
        Subscriptions = Subscriptions ?? [],
    };

    public static SegmentRulesDto From(SegmentRules rules) => new(
        rules.Area is null ? null : JsonDocument.Parse(rules.Area).RootElement.Clone(),
        rules.Streets, rules.Tags, rules.Languages, rules.HouseholdRoles, rules.Subscriptions);
}
