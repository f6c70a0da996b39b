namespace CityCrm.City311.Api.Dtos.My;

/// <summary>One of the resident's service requests as they may see it: no staff notes, assignees or queues.</summary>
public sealed record MyRequestDto(
    string Reference, string Service, string Description, string Location, string Status, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt,
    IReadOnlyList<MyRequestEventDto> History);
