namespace CityCrm.City311.Api.Dtos;

/// <summary>One person's thread: every conversation on every channel interleaved in time order, and where they can be answered.</summary>
/// <param name="ContactId">The person.</param>
/// <param name="ContactName">Their name, when known.</param>
/// <param name="Entries">The latest messages, oldest first.</param>
/// <param name="Reach">One entry per conversation the person has, newest first.</param>
/// <param name="Older">Pass as <c>before</c> to read the messages just older than these; null when there are none.</param>
public sealed record TimelineDto(
    string ContactId, string? ContactName, IReadOnlyList<TimelineEntryDto> Entries, IReadOnlyList<ReachDto> Reach, string? Older = null);
