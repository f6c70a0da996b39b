namespace CityCrm.CaseCore;

/// <summary>What is needed to open a case from a conversation or an API call.</summary>
public sealed record OpenCaseRequest(
    string ServiceCode,
    string Description,
    string Location,
    string ContactId,
    string? ConversationId,
    string Channel)
{
    /// <summary>Answers to the service definition's questions, by attribute code; list answers may hold several keys.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Attributes { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Where the problem is, when known as a position (a shared location, an Open311 lat/long).</summary>
    public GeoPoint? Point { get; init; }

    /// <summary>Photos or files: URLs (Open311 media_url) or "attachment:{id}" for files kept by the city.</summary>
    public IReadOnlyList<string> Media { get; init; } = [];
}
