using System.Security.Cryptography;
using CityCrm.CaseCore.Workflow;
using Microsoft.Extensions.Options;

namespace CityCrm.CaseCore;

/// <summary>
/// Opens cases from validated requests and finds them by reference. Residents only ever see their own
/// cases: <see cref="FindForRequesterAsync"/> answers null for someone else's, exactly as for a missing one. With
/// <see cref="CaseAutomation"/> (AddCaseWorkflow) a new case gets its SLA due time and the create rules, and its timers.
/// </summary>
public sealed class CaseService(
    ICaseStore store, IServiceCatalog catalog, TimeProvider clock, IOptions<CaseOptions>? options = null, Incidents.IIncidentLinker? incidents = null,
    CaseAutomation? automation = null)
    : ICaseService, ICaseWorkflow
{
    private readonly Lazy<CityBoundary> boundary = new(() => (options?.Value ?? new CaseOptions()).ToBoundary());

    public const int MaxDescriptionLength = 4000;
    public const int MaxLocationLength = 200;
    private const int SaveAttempts = 3;

    public async Task<Case> OpenAsync(OpenCaseRequest request, CancellationToken cancellationToken)
    {
        var (service, normalized) = Validate(request);
        var number = await store.NextNumberAsync(cancellationToken);
        var opened = new Case(NewId(), CaseReference.Format(number), service, normalized, clock.GetUtcNow());
        IReadOnlyList<CaseAlert> alerts = [];
        if (automation is null)
            opened.DueAt = service.TargetResolution is { } target ? opened.CreatedAt + target : null;
        else
            alerts = automation.OnCreating(opened, service);
        await store.CreateAsync(opened, cancellationToken);
        // A report of an active incident joins it (and its closing notice) instead of becoming separate work.
        if (incidents is not null)
            await incidents.LinkAsync(opened, cancellationToken);
        if (automation is not null)
            await automation.AfterSaveAsync(opened, alerts, cancellationToken);
        return opened;
    }

    /// <summary>
    /// Checks everything about a request before anything is written, and lists every problem at once
    /// (<see cref="CaseRequestException"/>); returns the service and the request in canonical form.
    /// </summary>
    public (ServiceDefinition Service, OpenCaseRequest Request) Validate(OpenCaseRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var service = catalog.Find(request.ServiceCode ?? "")
            ?? throw new CaseRequestException("service_code", "unknown",
                $"Unknown service code '{request.ServiceCode}'. Known codes: {string.Join(", ", catalog.Services.Select(s => s.Code))}.");
        var problems = new List<CaseProblem>();
        var description = Required(request.Description, "description", "A description of the problem", MaxDescriptionLength, problems);
        var contactId = Required(request.ContactId, "contact", "The requester's contact id", 200, problems);
        var channel = Required(request.Channel, "channel", "The channel the request came from", 100, problems);
        var location = Location(service, request, problems);
        if (request.Media.Count > Options.MaxMedia)
            problems.Add(new("media", "too_many", $"At most {Options.MaxMedia} photos or files can go with one report."));
        foreach (var media in request.Media.Where(m => !IsMedia(m)))
            problems.Add(new("media", "invalid", $"'{Shorten(media)}' is not a web address (http or https) of a photo or file."));
        IReadOnlyDictionary<string, IReadOnlyList<string>> attributes = new Dictionary<string, IReadOnlyList<string>>();
        try
        {
            attributes = AttributeAnswers.Normalize(service, request.Attributes);
        }
        catch (CaseRequestException e)
        {
            problems.AddRange(e.Problems);
        }
        if (problems.Count > 0)
            throw new CaseRequestException(problems);
        return (service, request with
        {
            ServiceCode = service.Code,
            Description = description,
            Location = location,
            ContactId = contactId,
            Channel = channel,
            Attributes = attributes,
        });
    }

    public async Task<Case?> FindForRequesterAsync(string reference, string contactId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(contactId))
            return null;
        var found = await FindAsync(reference, cancellationToken);
        return found is not null && string.Equals(found.ContactId, contactId, StringComparison.Ordinal) ? found : null;
    }

    public async Task<Case?> FindAsync(string reference, CancellationToken cancellationToken) =>
        CaseReference.Normalize(reference) is { } canonical
            ? await store.GetByReferenceAsync(canonical, cancellationToken)
            : null;

    public Task<IReadOnlyList<Case>> ListForContactAsync(string contactId, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(contactId)
            ? Task.FromResult<IReadOnlyList<Case>>([])
            : store.ListByContactAsync(contactId, cancellationToken);

    public Task<Case?> StartWorkAsync(string reference, string actor, string note, CancellationToken cancellationToken) =>
        ChangeAsync(reference, c => c.StartWork(actor, note, clock.GetUtcNow()), cancellationToken);

    public Task<Case?> CloseAsync(string reference, string actor, string resolution, CancellationToken cancellationToken) =>
        ChangeAsync(reference, c => c.Close(actor, resolution, clock.GetUtcNow()), cancellationToken);

    // On a conflict the case is read again and the change re-applied, so its guard sees the latest status.
    private async Task<Case?> ChangeAsync(string reference, Action<Case> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var found = await FindAsync(reference, cancellationToken);
            if (found is null)
                return null;
            change(found);
            var alerts = automation?.OnUpdating(found) ?? [];
            try
            {
                await store.SaveAsync(found, cancellationToken);
                if (automation is not null)
                    await automation.AfterSaveAsync(found, alerts, cancellationToken);
                return found;
            }
            catch (CaseConflictException) when (attempt < SaveAttempts)
            {
            }
        }
    }

    private CaseOptions Options => options?.Value ?? new CaseOptions();

    private string Location(ServiceDefinition service, OpenCaseRequest request, List<CaseProblem> problems)
    {
        var text = request.Location?.Trim() ?? "";
        if (text.Length > MaxLocationLength)
        {
            problems.Add(new("location", "too_long", $"The location is too long (at most {MaxLocationLength} characters)."));
            return text;
        }
        if (request.Point is { } point)
        {
            if (!point.IsValid)
                problems.Add(new("location", "invalid", "The latitude must lie between -90 and 90 and the longitude between -180 and 180."));
            else if (!boundary.Value.Contains(point))
                problems.Add(new("location", "outside_city", $"The place {point} is outside the city; the city can only act within its limits."));
            return text.Length > 0 ? text : point.ToString();
        }
        if (text.Length == 0 && service.LocationRequired)
            problems.Add(new("location", "required", "A location (street address, intersection or a position) is required."));
        return text;
    }

    private static string Required(string? value, string field, string what, int maxLength, List<CaseProblem> problems)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0)
            problems.Add(new(field, "required", $"{what} is required."));
        else if (trimmed.Length > maxLength)
            problems.Add(new(field, "too_long", $"{what} is too long (at most {maxLength} characters)."));
        return trimmed;
    }

    private static bool IsMedia(string media) =>
        media.StartsWith("attachment:", StringComparison.Ordinal) && media.Length > "attachment:".Length ||
        Uri.TryCreate(media, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && media.Length <= 2000;

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    private static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
}
