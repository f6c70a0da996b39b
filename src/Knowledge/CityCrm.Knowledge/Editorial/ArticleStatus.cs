namespace CityCrm.Knowledge.Editorial;

/// <summary>Where an article stands in the editors' workflow.</summary>
public enum ArticleStatus
{
    /// <summary>Being written or changed; a published version, if any, keeps answering meanwhile.</summary>
    Draft,

    /// <summary>Submitted for review; the next step is publishing.</summary>
    InReview,

    /// <summary>The head version answers residents.</summary>
    Published,

    /// <summary>Withdrawn: answers nobody until restored to a draft.</summary>
    Archived,
}
