namespace CityCrm.Knowledge.Insights;

/// <summary>
/// One question the bot took to the knowledge base: what was asked, where, what the search found, what the
/// bot did and the article version it cited (so the city can show exactly what a resident was told), and
/// what happened next (the resident's feedback, a hand-off to a person, an editor handling it).
/// </summary>
public sealed record AnswerRecord
{
    /// <summary>Unique id, also the "question id" editors mark handled.</summary>
    public required string Id { get; init; }

    public required DateTimeOffset At { get; init; }

    public required string ConversationId { get; init; }

    /// <summary>The id of the resident's message ("conversation|sequence").</summary>
    public required string MessageId { get; init; }

    /// <summary>The transcript sequence of the resident's message, to tell what came right after it.</summary>
    public required long MessageSequence { get; init; }

    public required string Channel { get; init; }

    public required string Language { get; init; }

    public required string Question { get; init; }

    public IReadOnlyList<AnswerRecordHit> Hits { get; init; } = [];

    public double Confidence { get; init; }

    public AnswerDecision Decision { get; init; }

    public AnswerOutcome Outcome { get; init; }

    /// <summary>The article the answer cited; null unless <see cref="Outcome"/> is <see cref="AnswerOutcome.Answered"/>.</summary>
    public string? ArticleId { get; init; }

    /// <summary>The published version of <see cref="ArticleId"/> that was cited.</summary>
    public int? ArticleVersion { get; init; }

    /// <summary>The resident's feedback: true "that helped", false "no", null none given.</summary>
    public bool? Helpful { get; init; }

    public DateTimeOffset? FeedbackAt { get; init; }

    /// <summary>When the conversation was handed to a person after this answer, if it was.</summary>
    public DateTimeOffset? HandoffAt { get; init; }

    /// <summary>When an editor dealt with the question (new phrasing, new article, or nothing to do).</summary>
    public DateTimeOffset? HandledAt { get; init; }

    /// <summary>The article the editor improved for it, when there was one.</summary>
    public string? HandledArticleId { get; init; }

    /// <summary>
    /// The bot did not help and nobody has dealt with it yet: it declined, the resident said the answer did
    /// not help, or the resident went on to a person.
    /// </summary>
    public bool NeedsAttention =>
        HandledAt is null && (Outcome == AnswerOutcome.Declined || Helpful == false || HandoffAt is not null);
}
