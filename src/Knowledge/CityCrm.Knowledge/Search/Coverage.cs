namespace CityCrm.Knowledge.Search;

/// <summary>How much of a question one article covers.</summary>
/// <param name="Total">Weighted share of the question's terms the article holds anywhere, with less credit for summary and body (0..1).</param>
/// <param name="Strong">The part of <paramref name="Total"/> held by the title, tags or listed questions.</param>
/// <param name="Topical">
/// 1 when the title or tags hold at least one of the resident's words, the synonym weight when they hold
/// only a synonym of one (the article is about the subject, in other words than the resident's), else 0.
/// </param>
internal sealed record Coverage(double Total, double Strong, double Topical)
{
    public static Coverage None { get; } = new(0, 0, 0);
}
