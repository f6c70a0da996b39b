namespace CityCrm.City311.Api.Dtos;

/// <summary>
/// A staff change to a request's status. <see cref="Note"/> is what the resident is told with it (the resolution when
/// closing) and is kept in the request's history; <see cref="Notify"/> false keeps the resident out of it.
/// </summary>
public sealed record CaseUpdateRequest(string? Note, bool Notify = true)
{
    public const int MaxNoteLength = 500;
}
