using System.Globalization;
using CityCrm.CaseCore;
using CityCrm.Open311.Dtos;

namespace CityCrm.Open311;

/// <summary>How the city's services and cases read in GeoReport v2 terms.</summary>
public static class Open311Mapping
{
    public static ServiceDto ToDto(ServiceDefinition service)
    {
        ArgumentNullException.ThrowIfNull(service);
        return new(
            service.Code,
            service.HasMetadata,
            "realtime",
            service.Keywords.Count > 0 ? string.Join(", ", service.Keywords) : null,
            string.IsNullOrWhiteSpace(service.Group) ? null : service.Group,
            service.Name,
            string.IsNullOrWhiteSpace(service.Description) ? null : service.Description);
    }

    public static ServiceDefinitionDto ToDefinitionDto(ServiceDefinition service)
    {
        ArgumentNullException.ThrowIfNull(service);
        return new(service.Code, service.Attributes.OrderBy(a => a.Order).Select(ToDto).ToList());
    }

    /// <summary>
    /// A case as a request: closed reads "closed" and every other status "open"; the notes are the latest history
    /// entry's; the department is the agency responsible; the due time is when it is expected to be done.
    /// </summary>
    public static RequestDto ToDto(Case @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var last = @case.History.Count > 0 ? @case.History[^1] : null;
        return new(
            @case.Reference,
            @case.IsClosed ? "closed" : "open",
            string.IsNullOrWhiteSpace(last?.Note) ? null : last.Note,
            @case.ServiceName,
            @case.ServiceCode,
            string.IsNullOrWhiteSpace(@case.Description) ? null : @case.Description,
            string.IsNullOrWhiteSpace(@case.Department) ? null : @case.Department,
            null,
            Time(@case.CreatedAt),
            Time(@case.UpdatedAt),
            @case.DueAt is { } due ? Time(due) : null,
            string.IsNullOrWhiteSpace(@case.Location) ? null : @case.Location,
            null,
            null,
            @case.Point?.Latitude,
            @case.Point?.Longitude,
            // Files the city keeps ("attachment:{id}") are visible to staff only; a public URL is the resident's own.
            @case.Media.FirstOrDefault(m => m.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || m.StartsWith("http://", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The spec's datatype names: string, number, datetime, text, singlevaluelist, multivaluelist.</summary>
    public static string DatatypeName(AttributeDatatype datatype) => datatype switch
    {
        AttributeDatatype.String => "string",
        AttributeDatatype.Number => "number",
        AttributeDatatype.Datetime => "datetime",
        AttributeDatatype.Text => "text",
        AttributeDatatype.SingleValueList => "singlevaluelist",
        AttributeDatatype.MultiValueList => "multivaluelist",
        _ => throw new ArgumentOutOfRangeException(nameof(datatype), datatype, "Not an Open311 datatype."),
    };

    /// <summary>W3C date and time with its offset (UTC here), as the spec writes every datetime.</summary>
    public static string Time(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static AttributeDto ToDto(ServiceAttribute attribute) => new(
        attribute.Variable,
        attribute.Code,
        DatatypeName(attribute.Datatype),
        attribute.Required,
        attribute.DatatypeDescription,
        attribute.Order,
        attribute.Description,
        attribute.Values.Select(v => new AttributeValueDto(v.Key, v.Name)).ToList());
}
