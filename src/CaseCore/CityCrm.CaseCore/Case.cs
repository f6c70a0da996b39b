namespace CityCrm.CaseCore;

/// <summary>
/// A service request. It guards its own transitions (open, in progress, closed; a closed case
/// cannot close or start again) and keeps its full status history, oldest first.
/// </summary>
public sealed class Case
{
    private readonly List<CaseHistoryEntry> history = [];

    public Case(string id, string reference, ServiceDefinition service, OpenCaseRequest request, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(request);
        if (!string.Equals(service.Code, request.ServiceCode, StringComparison.Ordinal))
            throw new ArgumentException($"The request is for service '{request.ServiceCode}', not '{service.Code}'.", nameof(request));
        Id = id;
        Reference = reference;
        ServiceCode = service.Code;
        ServiceName = service.Name;
        Department = service.Department;
        Description = request.Description;
        Location = request.Location;
        ContactId = request.ContactId;
        ConversationId = request.ConversationId;
        Channel = request.Channel;
        Attributes = request.Attributes;
        Point = request.Point;
        Media = request.Media;
        CreatedAt = now;
        UpdatedAt = now;
        history.Add(new CaseHistoryEntry(now, "resident", CaseStatus.Open, "Reported on " + request.Channel));
    }

    private Case(CaseSnapshot s)
    {
        Id = s.Id;
        Reference = s.Reference;
        ServiceCode = s.ServiceCode;
        ServiceName = s.ServiceName;
        Department = s.Department;
        Description = s.Description;
        Location = s.Location;
        ContactId = s.ContactId;
        ConversationId = s.ConversationId;
        Channel = s.Channel;
        Attributes = s.Attributes;
        Point = s.Point;
        Media = s.Media;
        DueAt = s.DueAt;
        Status = s.Status;
        CreatedAt = s.CreatedAt;
        UpdatedAt = s.UpdatedAt;
        Version = s.Version;
        history.AddRange(s.History);
    }

    public string Id { get; }
    /// <summary>What residents quote, "R-100001" (see <see cref="CaseReference"/>).</summary>
    public string Reference { get; }
    public string ServiceCode { get; }
    public string ServiceName { get; }
    public string Department { get; }
    public string Description { get; }
    public string Location { get; }
    /// <summary>The requester: only this contact may learn about the case from a resident channel.</summary>
    public string ContactId { get; }
    public string? ConversationId { get; }
    public string Channel { get; }
    /// <summary>Answers to the service definition's questions, canonical (see <see cref="AttributeAnswers"/>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Attributes { get; }
    public GeoPoint? Point { get; }
    /// <summary>Photo or file URLs, or "attachment:{id}" for files the city keeps.</summary>
    public IReadOnlyList<string> Media { get; }
    /// <summary>When the service's target resolution time runs out; null when the service has none.</summary>
    public DateTimeOffset? DueAt { get; set; }
    public CaseStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; }
    public DateTimeOffset UpdatedAt { get; private set; }
    /// <summary>Optimistic concurrency version; the store bumps it on every save.</summary>
    public int Version { get; set; }
    public IReadOnlyList<CaseHistoryEntry> History => history;
    public bool IsClosed => Status == CaseStatus.Closed;

    /// <summary>A crew or department picks the case up; only an open case can start.</summary>
    public void StartWork(string actor, string note, DateTimeOffset now)
    {
        if (Status != CaseStatus.Open)
            throw new CaseTransitionException($"Case {Reference} is {Describe(Status)}; only an open case can start.");
        Move(CaseStatus.InProgress, actor, note, now);
    }

    /// <summary>Closes an open or in-progress case with the resolution residents will read.</summary>
    public void Close(string actor, string resolution, DateTimeOffset now)
    {
        if (Status == CaseStatus.Closed)
            throw new CaseTransitionException($"Case {Reference} is already closed.");
        Move(CaseStatus.Closed, actor, resolution, now);
    }

    /// <summary>Rebuilds a case from storage; the history must hold at least the opening entry.</summary>
    public static Case Restore(CaseSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.History.Count == 0)
            throw new ArgumentException($"Case {snapshot.Reference} has no history.", nameof(snapshot));
        return new(snapshot);
    }

    public CaseSnapshot ToSnapshot() => new(
        Id, Reference, ServiceCode, ServiceName, Department, Description, Location, ContactId,
        ConversationId, Channel, Status, CreatedAt, UpdatedAt, Version, history.ToArray())
    {
        Attributes = Attributes,
        Point = Point,
        Media = Media,
        DueAt = DueAt,
    };

    private void Move(CaseStatus status, string actor, string note, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(note);
        // History is ordered; a clock that runs backwards must not make an update older than the last one.
        if (now < UpdatedAt)
            now = UpdatedAt;
        Status = status;
        UpdatedAt = now;
        history.Add(new CaseHistoryEntry(now, actor, status, note));
    }

    private static string Describe(CaseStatus status) => status == CaseStatus.InProgress ? "in progress" : status.ToString().ToLowerInvariant();
}
