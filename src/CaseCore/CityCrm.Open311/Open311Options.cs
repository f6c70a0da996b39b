namespace CityCrm.Open311;

/// <summary>Configuration of the Open311 GeoReport v2 API (section <c>Open311</c>).</summary>
public sealed class Open311Options
{
    public const string Section = "Open311";

    /// <summary>
    /// The city's jurisdiction id ("riverton.example"). Clients may leave it out; one that names another
    /// jurisdiction gets an error, so a request meant for another city is never filed here.
    /// </summary>
    public string JurisdictionId { get; set; } = "";

    /// <summary>The inbox that holds the identities (email, phone, device) of people who file through Open311.</summary>
    public string InboxId { get; set; } = "open311";

    /// <summary>Clients allowed to file requests; each key's name is recorded as the actor on what it files.</summary>
    public List<Open311ApiKey> ApiKeys { get; set; } = [];

    /// <summary>Discovery: how to reach the city about the API.</summary>
    public string Contact { get; set; } = "";

    /// <summary>Discovery: where a developer asks for an api key.</summary>
    public string KeyService { get; set; } = "";

    /// <summary>Discovery: when this API last changed.</summary>
    public DateTimeOffset Changeset { get; set; } = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The public address of the API's root ("https://311.riverton.example/open311/v2"); empty uses the request's own.</summary>
    public string PublicUrl { get; set; } = "";

    /// <summary>The longest span a request search may cover, and the window a search without dates looks back over.</summary>
    public int MaxSearchDays { get; set; } = 90;

    /// <summary>At most this many requests in one answer (the spec's default limit), and the default page size.</summary>
    public int MaxPageSize { get; set; } = 1000;

    /// <summary>Requests one api key may file per minute; beyond that the answer is 429 with Retry-After.</summary>
    public int RequestsPerKeyPerMinute { get; set; } = 60;
}
