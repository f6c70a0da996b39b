namespace CityCrm.CaseCore;

/// <summary>
/// A service request. It guards its own transitions (new, open, in progress, on hold, closed; see
/// <c>Case.Work.cs</c>), and records every change (status, routing, priority, notes, checklist, links) in its
/// history, oldest first, with who made it.
/// </summary>
public sealed partial class Case
{
    private readonly List<CaseHistoryEntry> history = [];
    private readonly List<CaseNote> notes = [];
    private readonly List<CaseTask> tasks = [];
    private readonly List<CaseLink> links = [];
    private readonly List<CaseApprovalGate> gates = [];

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
        Queue = service.Department;
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
        Status = CaseStatus.New;
        history.Add(new CaseHistoryEntry(now, "resident", CaseStatus.New, "Reported on " + request.Channel) { Action = CaseActions.Reported });
        if (request.ConversationId is { Length: > 0 } conversation)
            links.Add(new CaseLink("conversation", conversation, now, "resident"));
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
        Priority = s.Priority;
        Queue = s.Queue ?? s.Department;
        Assignee = s.Assignee;
        HoldReason = s.HoldReason;
        ResolutionCode = s.ResolutionCode;
        EscalatedAt = s.EscalatedAt;
        history.AddRange(s.History);
        notes.AddRange(s.Notes);
        tasks.AddRange(s.Tasks);
        links.AddRange(s.Links);
        gates.AddRange(s.Gates);
    }

    public string Id { get; }
    /// <summary>What residents quote, "R-100001" (see <see cref="CaseReference"/>).</summary>
    public string Reference { get; }
    public string ServiceCode { get; }
    public string ServiceName { get; }
    /// <summary>The department that owns the service in the catalogue.</summary>
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
    public CasePriority Priority { get; private set; } = CasePriority.Normal;
    /// <summary>The department queue working the case; the service's department until routed elsewhere.</summary>
    public string Queue { get; private set; }
    /// <summary>The staff member (agent id) working the case, if any.</summary>
    public string? Assignee { get; private set; }
    /// <summary>Why the case waits, while it is on hold.</summary>
    public string? HoldReason { get; private set; }
    /// <summary>How the case ended ("resolved", "duplicate", ...), once closed.</summary>
    public string? ResolutionCode { get; private set; }
    /// <summary>When the case was last escalated to a supervisor; null when never.</summary>
    public DateTimeOffset? EscalatedAt { get; private set; }
    public IReadOnlyList<CaseHistoryEntry> History => history;
    /// <summary>Internal notes, oldest first.</summary>
    public IReadOnlyList<CaseNote> Notes => notes;
    /// <summary>The task checklist, in the order items were added.</summary>
    public IReadOnlyList<CaseTask> Tasks => tasks;
    public IReadOnlyList<CaseLink> Links => links;
    /// <summary>Changes that wait for an approver (see <see cref="CaseApprovalGate"/>).</summary>
    public IReadOnlyList<CaseApprovalGate> Gates => gates;
    public bool IsClosed => Status == CaseStatus.Closed;

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
        Priority = Priority,
        Queue = Queue,
        Assignee = Assignee,
        HoldReason = HoldReason,
        ResolutionCode = ResolutionCode,
        EscalatedAt = EscalatedAt,
        Notes = notes.ToArray(),
        Tasks = tasks.ToArray(),
        Links = links.ToArray(),
        Gates = gates.ToArray(),
    };

    /// <summary>The status words residents and staff read ("in progress", "on hold").</summary>
    public static string Describe(CaseStatus status) => status switch
    {
        CaseStatus.InProgress => "in progress",
        CaseStatus.OnHold => "on hold",
        _ => status.ToString().ToLowerInvariant(),
    };
}
