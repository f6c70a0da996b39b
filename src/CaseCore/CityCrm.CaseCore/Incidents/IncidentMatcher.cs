namespace CityCrm.CaseCore.Incidents;

/// <summary>
/// Matches residents' messages and new cases to active incidents: by the incident's keywords, or by service and place
/// (the service the catalogue reads in the text, the street the text names or the case's position and address).
/// </summary>
public sealed class IncidentMatcher(IIncidentStore store, IServiceCatalog catalogue, ILocationParser locations) : IIncidentMatcher
{
    public async Task<Incident?> MatchAsync(string text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var active = await store.ListAsync(IncidentStatus.Active, cancellationToken);
        if (active.Count == 0)
            return null;
        var tokens = TextNormalizer.Tokens(text);
        var service = catalogue.Classify(text)?.Service.Code;
        var street = locations.TryExtract(text);
        return active.FirstOrDefault(i => HasKeyword(i, tokens)
            || service is not null && i.ServiceCodes.Contains(service, StringComparer.OrdinalIgnoreCase) && i.Area.Covers(null, street));
    }

    /// <summary>The newest active incident a new case belongs to: its service and place, or (for a keyword-only incident) its words.</summary>
    public async Task<Incident?> MatchCaseAsync(Case opened, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(opened);
        var active = await store.ListAsync(IncidentStatus.Active, cancellationToken);
        return active.FirstOrDefault(i => Covers(i, opened));
    }

    /// <summary>Whether a case is one of the incident's reports.</summary>
    public static bool Covers(Incident incident, Case c)
    {
        var service = incident.ServiceCodes.Count == 0
            ? HasKeyword(incident, TextNormalizer.Tokens(c.Description))
            : incident.ServiceCodes.Contains(c.ServiceCode, StringComparer.OrdinalIgnoreCase);
        return service && incident.Area.Covers(c.Point, c.Location);
    }

    private static bool HasKeyword(Incident incident, IReadOnlyList<string> tokens) =>
        incident.Keywords.Any(k => Contains(tokens, TextNormalizer.Tokens(k)));

    private static bool Contains(IReadOnlyList<string> tokens, IReadOnlyList<string> phrase)
    {
        if (phrase.Count == 0 || phrase.Count > tokens.Count)
            return false;
        for (var i = 0; i + phrase.Count <= tokens.Count; i++)
        {
            var k = 0;
            while (k < phrase.Count && string.Equals(tokens[i + k], phrase[k], StringComparison.Ordinal))
                k++;
            if (k == phrase.Count)
                return true;
        }
        return false;
    }
}
