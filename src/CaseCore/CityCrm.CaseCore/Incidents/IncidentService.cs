using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CityCrm.CaseCore.Incidents;

/// <summary>
/// Opens, changes and closes incidents for supervisors, and links new cases that match an active one. Every change
/// re-reads the incident on a conflict and applies again, so its guards see the latest state.
/// </summary>
public sealed class IncidentService(
    IIncidentStore store, ICaseStore cases, IServiceCatalog catalogue, IncidentMatcher matcher, TimeProvider clock,
    ILogger<IncidentService>? logger = null) : IIncidentLinker
{
    public const int MaxTitleLength = 200;
    public const int MaxKeywords = 20;
    private const int SaveAttempts = 5;
    private readonly ILogger log = logger ?? NullLogger<IncidentService>.Instance;

    /// <summary>Checks the draft (listing every problem in a <see cref="CaseRequestException"/>) and opens the incident.</summary>
    public async Task<Incident> CreateAsync(NewIncident draft, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var problems = new List<CaseProblem>();
        var title = draft.Title?.Trim() ?? "";
        if (title.Length is 0 or > MaxTitleLength)
            problems.Add(new("title", title.Length == 0 ? "required" : "too_long", $"A title of at most {MaxTitleLength} characters is required."));
        var codes = (draft.ServiceCodes ?? []).Select(c => c?.Trim() ?? "").Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var unknown = codes.Where(c => catalogue.Find(c) is null).ToList();
        if (unknown.Count > 0)
            problems.Add(new("serviceCodes", "unknown", $"Unknown service code(s): {string.Join(", ", unknown)}."));
        var keywords = (draft.Keywords ?? []).Select(k => k?.Trim() ?? "").Where(k => k.Length is > 0 and <= 100).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (keywords.Count > MaxKeywords)
            problems.Add(new("keywords", "too_many", $"At most {MaxKeywords} keywords."));
        if (codes.Count == 0 && keywords.Count == 0)
            problems.Add(new("serviceCodes", "required", "Name at least one service or one keyword, so residents' reports can be recognised."));
        var area = IncidentArea.Check(draft.Area, problems);
        var pinned = IncidentMessage.Check(draft.Pinned, "pinned", problems);
        var references = new List<string>();
        foreach (var raw in draft.Cases ?? [])
        {
            if (CaseReference.Normalize(raw) is { } reference && await cases.GetByReferenceAsync(reference, cancellationToken) is not null)
                references.Add(reference);
            else
                problems.Add(new("cases", "unknown", $"No case has the reference '{raw}'."));
        }
        if (problems.Count > 0)
            throw new CaseRequestException(problems);
        var incident = new Incident(NewId(), new NewIncident(title, codes.Select(c => catalogue.Find(c)!.Code).ToList(), area, pinned!)
        {
            Keywords = keywords,
            Cases = references.Distinct(StringComparer.Ordinal).ToList(),
        }, actor, clock.GetUtcNow());
        await store.CreateAsync(incident, cancellationToken);
        return incident;
    }

    public Task<Incident?> GetAsync(string id, CancellationToken cancellationToken) => store.GetAsync(id, cancellationToken);

    public Task<IReadOnlyList<Incident>> ListAsync(IncidentStatus? status, CancellationToken cancellationToken) =>
        store.ListAsync(status, cancellationToken);

    /// <summary>Links an existing case by hand; null when the incident does not exist.</summary>
    public async Task<Incident?> LinkCaseAsync(string id, string reference, string actor, CancellationToken cancellationToken)
    {
        var canonical = CaseReference.Normalize(reference);
        if (canonical is null || await cases.GetByReferenceAsync(canonical, cancellationToken) is null)
            throw new CaseRequestException("reference", "unknown", $"No case has the reference '{reference}'.");
        return await ChangeAsync(id, i => i.Link(canonical, actor, clock.GetUtcNow()), cancellationToken);
    }

    public Task<Incident?> UnlinkCaseAsync(string id, string reference, string actor, CancellationToken cancellationToken) =>
        ChangeAsync(id, i => i.Unlink(CaseReference.Normalize(reference) ?? reference, actor, clock.GetUtcNow()), cancellationToken);

    /// <summary>Pins a new or edited message; throws <see cref="CaseRequestException"/> for an empty or long one.</summary>
    public Task<Incident?> PinAsync(string id, IncidentMessage message, string actor, CancellationToken cancellationToken)
    {
        var checkedMessage = Checked(message, "pinned");
        return ChangeAsync(id, i => i.Pin(checkedMessage, actor, clock.GetUtcNow()), cancellationToken);
    }

    /// <summary>Closes the incident; throws <see cref="IncidentTransitionException"/> when it is closed already.</summary>
    public Task<Incident?> CloseAsync(string id, IncidentMessage closing, string actor, CancellationToken cancellationToken)
    {
        var checkedMessage = Checked(closing, "closing");
        return ChangeAsync(id, i => i.Close(checkedMessage, actor, clock.GetUtcNow()), cancellationToken);
    }

    public async Task<Incident?> LinkAsync(Case opened, CancellationToken cancellationToken)
    {
        try
        {
            if (await matcher.MatchCaseAsync(opened, cancellationToken) is not { } incident)
                return null;
            return await ChangeAsync(incident.Id, i => i.Link(opened.Reference, "system", clock.GetUtcNow()), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The case is stored already; an incident that closed meanwhile, stayed contended or could not be read
            // must not turn the resident's report into an error. The case stands on its own, as before incidents.
            log.LogWarning(e, "Case {Reference} was not linked to an incident", opened.Reference);
            return null;
        }
    }

    private static IncidentMessage Checked(IncidentMessage message, string field)
    {
        var problems = new List<CaseProblem>();
        var result = IncidentMessage.Check(message, field, problems);
        return problems.Count > 0 ? throw new CaseRequestException(problems) : result!;
    }

    private async Task<Incident?> ChangeAsync(string id, Action<Incident> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var found = await store.GetAsync(id, cancellationToken);
            if (found is null)
                return null;
            change(found);
            try
            {
                await store.SaveAsync(found, cancellationToken);
                return found;
            }
            catch (IncidentConflictException) when (attempt < SaveAttempts)
            {
            }
        }
    }

    private static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
}
