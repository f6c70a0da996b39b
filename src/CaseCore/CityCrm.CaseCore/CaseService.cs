using System.Security.Cryptography;

namespace CityCrm.CaseCore;

/// <summary>
/// Opens cases from validated requests and finds them by reference. Residents only ever see their own
/// cases: <see cref="FindForRequesterAsync"/> answers null for someone else's, exactly as for a missing one.
/// </summary>
public sealed class CaseService(ICaseStore store, IServiceCatalog catalog, TimeProvider clock) : ICaseService, ICaseWorkflow
{
    public const int MaxDescriptionLength = 4000;
    public const int MaxLocationLength = 200;
    private const int SaveAttempts = 3;

    public async Task<Case> OpenAsync(OpenCaseRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var service = catalog.Find(request.ServiceCode ?? "")
            ?? throw new ArgumentException($"Unknown service code '{request.ServiceCode}'. Known codes: {string.Join(", ", catalog.Services.Select(s => s.Code))}.", nameof(request));
        var description = Required(request.Description, "A description of the problem", MaxDescriptionLength);
        var location = Required(request.Location, "A location (street address or intersection)", MaxLocationLength);
        var contactId = Required(request.ContactId, "The requester's contact id", 200);
        var channel = Required(request.Channel, "The channel the request came from", 100);

        var number = await store.NextNumberAsync(cancellationToken);
        var normalized = request with
        {
            ServiceCode = service.Code,
            Description = description,
            Location = location,
            ContactId = contactId,
            Channel = channel,
        };
        var opened = new Case(NewId(), CaseReference.Format(number), service, normalized, clock.GetUtcNow());
        await store.CreateAsync(opened, cancellationToken);
        return opened;
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
            try
            {
                await store.SaveAsync(found, cancellationToken);
                return found;
            }
            catch (CaseConflictException) when (attempt < SaveAttempts)
            {
            }
        }
    }

    private static string Required(string? value, string what, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
            throw new ArgumentException($"{what} is required.", nameof(OpenCaseRequest));
        if (trimmed.Length > maxLength)
            throw new ArgumentException($"{what} is too long (at most {maxLength} characters).", nameof(OpenCaseRequest));
        return trimmed;
    }

    private static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
}
