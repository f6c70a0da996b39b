namespace CityCrm.CaseCore;

/// <summary>
/// A service request. It guards its own transitions (open, in progress, closed; a closed case
/// cannot close again) and keeps its full status history.
/// </summary>
public sealed class Case
{
    private readonly List<CaseHistoryEntry> history = [];

    public Case(string id, string reference, ServiceDefinition service, OpenCaseRequest request, DateTimeOffset now)
    {
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
        Status = s.Status;
        CreatedAt = s.CreatedAt;
        UpdatedAt = s.UpdatedAt;
        Version = s.Version;
        history.AddRange(s.History);
    }

    public string Id { get; }
    public string Reference { get; }
    public string ServiceCode { get; }
    public string ServiceName { get; }
    public string Department { get; }
    public string Description { get; }
    public string Location { get; }
    public string ContactId { get; }
    public string? ConversationId { get; }
    public string Channel { get; }
    public CaseStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public int Version { get; set; }
    public IReadOnlyList<CaseHistoryEntry> History => history;

    public void StartWork(string actor, string note, DateTimeOffset now)
    {
        if (Status != CaseStatus.Open)
            throw new CaseTransitionException($"Case {Reference} is {Status}; only an open case can start.");
        Move(CaseStatus.InProgress, actor, note, now);
    }

    public void Close(string actor, string resolution, DateTimeOffset now)
    {
        if (Status == CaseStatus.Closed)
            throw new CaseTransitionException($"Case {Reference} is already closed.");
        Move(CaseStatus.Closed, actor, resolution, now);
    }

    public static Case Restore(CaseSnapshot snapshot) => new(snapshot);

    public CaseSnapshot ToSnapshot() => new(
        Id, Reference, ServiceCode, ServiceName, Department, Description, Location, ContactId,
        ConversationId, Channel, Status, CreatedAt, UpdatedAt, Version, history.ToArray());

    private void Move(CaseStatus status, string actor, string note, DateTimeOffset now)
    {
        Status = status;
        UpdatedAt = now;
        history.Add(new CaseHistoryEntry(now, actor, status, note));
    }
}
