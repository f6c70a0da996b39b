using System.Text.Json;

namespace CityCrm.CaseCore.Catalog;

/// <summary>What an Open311 service definition adds to a listed service.</summary>
internal sealed record Open311Definition(
    string Code, IReadOnlyList<ServiceAttribute> Attributes, bool? LocationRequired, TimeSpan? Target, string? Calendar)
{
    public ServiceDefinition ApplyTo(ServiceDefinition service) => service with
    {
        Attributes = Attributes,
        LocationRequired = LocationRequired ?? service.LocationRequired,
        TargetResolution = Target ?? service.TargetResolution,
        Calendar = Calendar ?? service.Calendar,
    };

    /// <summary>
    /// A JSON definition; Boston's <c>service_level_agreement</c> ({"type": "Business Days", "value": 5}) becomes
    /// a target of that many days counted on the business-hours calendar, "Calendar Days" on 24x7.
    /// </summary>
    public static Open311Definition FromJson(JsonElement d)
    {
        bool? location = Open311Json.Property(d, "definitions") is { } defs ? Open311Json.Bool(defs, "location_required") : null;
        TimeSpan? target = null;
        string? calendar = null;
        if (Open311Json.Property(d, "service_level_agreement") is { ValueKind: JsonValueKind.Object } sla
            && Open311Json.Number(sla, "value") is { } days && days > 0)
        {
            target = TimeSpan.FromDays(days);
            calendar = (Open311Json.String(sla, "type") ?? "").Contains("business", StringComparison.OrdinalIgnoreCase) ? "business-hours" : "24x7";
        }
        return new Open311Definition(Open311Json.String(d, "service_code") ?? "", Open311Json.Attributes(d), location, target, calendar);
    }
}
