namespace CityCrm.City311.Api.Dtos;

/// <summary>One line of a case's history; <see cref="Action"/> says what kind of change it was ("assign", "close", ...).</summary>
public sealed record CaseHistoryDto(DateTimeOffset At, string Actor, string Status, string Note)
{
    public string Action { get; init; } = "status";
}
