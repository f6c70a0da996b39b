namespace CityCrm.Knowledge.Insights;

/// <summary>How one article did over a period: read, used to answer, found helpful, followed by a hand-off.</summary>
/// <param name="Title">The published title; the id when the article is no longer published.</param>
/// <param name="Views">Views of its page.</param>
/// <param name="Answers">Answers that cited it.</param>
/// <param name="Helpful">Answers the resident said helped.</param>
/// <param name="NotHelpful">Answers the resident said did not help.</param>
/// <param name="HandoffsAfterAnswer">Answers after which the resident went on to a person.</param>
/// <param name="LastAnswered">When it last answered a question, if it did.</param>
public sealed record ArticleInsight(
    string ArticleId,
    string Title,
    long Views,
    int Answers,
    int Helpful,
    int NotHelpful,
    int HandoffsAfterAnswer,
    DateTimeOffset? LastAnswered)
{
    /// <summary>Helpful / (helpful + not helpful); null while no resident has said either.</summary>
    public double? HelpfulRate => Helpful + NotHelpful == 0 ? null : (double)Helpful / (Helpful + NotHelpful);
}
