namespace CityCrm.Knowledge.Editorial;

/// <summary>The stored state of one article's workflow, without its versions.</summary>
/// <param name="HeadVersion">The latest saved version, the one editors work on.</param>
/// <param name="PublishedVersion">The version answering residents; null when none does.</param>
/// <param name="Revision">Counts every change to the record; a store refuses to write over a revision it did not read.</param>
/// <param name="HeadAuthorName">Display name of whoever saved the head version.</param>
public sealed record EditorialRecord(
    string Id,
    ArticleStatus Status,
    int HeadVersion,
    int? PublishedVersion,
    int Revision,
    string HeadAuthorName,
    DateTimeOffset UpdatedAt);
