namespace CityCrm.CaseCore.Incidents;

/// <summary>
/// One event many residents report (a water main break, a storm's downed trees). While active it answers residents
/// with its pinned message and gathers matching reports; it closes once, with a closing message for every reporter.
/// It guards its own transitions and keeps its history, oldest first.
/// </summary>
public sealed class Incident
{
    private readonly List<string> cases = [];
    private readonly List<IncidentHistoryEntry> history = [];

    /// <summary>A new active incident; the draft must already be checked (see <see cref="IncidentService"/>).</summary>
    public Incident(string id, NewIncident draft, string actor, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentException.ThrowIfNullOrWhiteSpace(draft.Title);
        ArgumentNullException.ThrowIfNull(draft.Pinned);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (draft.ServiceCodes.Count == 0 && draft.Keywords.Count == 0)
            throw new ArgumentException("An incident needs a service or a keyword to recognise its reports.", nameof(draft));
        Id = id;
        Title = draft.Title;
        ServiceCodes = draft.ServiceCodes;
        Area = draft.Area ?? IncidentArea.Citywide;
        Keywords = draft.Keywords;
        Pinned = draft.Pinned;
        CreatedAt = now;
        UpdatedAt = now;
        history.Add(new(now, actor, "created", draft.Title));
        foreach (var reference in draft.Cases)
            Link(reference, actor, now);
    }

    private Incident(IncidentSnapshot s)
    {
        Id = s.Id;
        Title = s.Title;
        ServiceCodes = s.ServiceCodes;
        Area = s.Area;
        Keywords = s.Keywords;
        Pinned = s.Pinned;
        Closing = s.Closing;
        Status = s.Status;
        CreatedAt = s.CreatedAt;
        UpdatedAt = s.UpdatedAt;
        ClosedAt = s.ClosedAt;
        Version = s.Version;
        cases.AddRange(s.Cases);
        history.AddRange(s.History);
    }

    public string Id { get; }
    public string Title { get; }
    public IReadOnlyList<string> ServiceCodes { get; }
    public IncidentArea Area { get; }
    public IReadOnlyList<string> Keywords { get; }
    /// <summary>What the bot answers matching questions with while the incident is active.</summary>
    public IncidentMessage Pinned { get; private set; }
    /// <summary>What every linked reporter is told when the incident closes.</summary>
    public IncidentMessage? Closing { get; private set; }
    public IncidentStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    /// <summary>Optimistic concurrency version; the store bumps it on every save.</summary>
    public int Version { get; set; }
    /// <summary>References of the linked cases, in the order they were linked.</summary>
    public IReadOnlyList<string> Cases => cases;
    public IReadOnlyList<IncidentHistoryEntry> History => history;
    public bool IsActive => Status == IncidentStatus.Active;

    /// <summary>Links a case; false when it is linked already. A closed incident takes no more cases.</summary>
    public bool Link(string reference, string actor, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        RequireActive("take more reports");
        if (cases.Contains(reference, StringComparer.Ordinal))
            return false;
        cases.Add(reference);
        Record(actor, "linked", reference, now);
        return true;
    }

    /// <summary>Unlinks a case; false when it was not linked. After closing, the reporters notified stay as they were.</summary>
    public bool Unlink(string reference, string actor, DateTimeOffset now)
    {
        RequireActive("change its reports");
        if (!cases.Remove(reference))
            return false;
        Record(actor, "unlinked", reference, now);
        return true;
    }

    /// <summary>Pins a new or edited message for residents.</summary>
    public void Pin(IncidentMessage message, string actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(message);
        RequireActive("change its message");
        Pinned = message;
        Record(actor, "pinned", message.English, now);
    }

    /// <summary>Closes the incident with the message its reporters will get; an incident closes only once.</summary>
    public void Close(IncidentMessage closing, string actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(closing);
        RequireActive("close again");
        Status = IncidentStatus.Closed;
        Closing = closing;
        Record(actor, "closed", closing.English, now);
        ClosedAt = UpdatedAt;
    }

    /// <summary>Rebuilds an incident from storage; the history must hold at least the opening entry.</summary>
    public static Incident Restore(IncidentSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.History.Count == 0)
            throw new ArgumentException($"Incident {snapshot.Id} has no history.", nameof(snapshot));
        return new(snapshot);
    }

    public IncidentSnapshot ToSnapshot() => new(
        Id, Title, ServiceCodes, Area, Keywords, Pinned, Closing, Status, CreatedAt, UpdatedAt, ClosedAt, Version,
        cases.ToArray(), history.ToArray());

    private void RequireActive(string what)
    {
        if (!IsActive)
            throw new IncidentTransitionException($"Incident \"{Title}\" is closed; it cannot {what}.");
    }

    private void Record(string actor, string action, string note, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        // History is ordered; a clock that runs backwards must not make a change older than the last one.
        if (now < UpdatedAt)
            now = UpdatedAt;
        UpdatedAt = now;
        history.Add(new(now, actor, action, note));
    }
}
