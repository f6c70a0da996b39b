using CityCrm.CaseCore;

namespace CityCrm.Storage.Sqlite;

/// <summary>
/// The cases table's "work" column: notes, checklist, links and approval gates, which are only ever read and written
/// with their case, so one JSON document keeps them with no extra tables or joins.
/// </summary>
internal sealed record SqliteCaseWork(
    IReadOnlyList<CaseNote>? Notes, IReadOnlyList<CaseTask>? Tasks, IReadOnlyList<CaseLink>? Links, IReadOnlyList<CaseApprovalGate>? Gates);
