namespace CityCrm.Knowledge;

/// <summary>Where the knowledge base lives and how sure a search must be before the bot answers.</summary>
public sealed class KnowledgeOptions
{
    /// <summary>The folder of the Lucene index (created if missing).</summary>
    public string IndexPath { get; set; } = "";

    /// <summary>The folder of the <c>*.md</c> articles imported into an empty article store.</summary>
    public string ContentPath { get; set; } = "";

    /// <summary>How stale a searcher may get before it is reopened to show new articles.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Confidence from which the top article is given as the answer.</summary>
    public double AnswerThreshold { get; set; } = 0.55;

    /// <summary>Confidence from which the resident is asked to pick among the top articles; below it, a hand-off is offered.</summary>
    public double ClarifyThreshold { get; set; } = 0.3;

    /// <summary>The lead of the top hit's score over the second (as a fraction of the top score) that counts as fully clear.</summary>
    public double ClearMargin { get; set; } = 0.3;

    /// <summary>How much an unclear lead over the second hit can lower the confidence (0 = ignored, 1 = halves it at worst... up to zero).</summary>
    public double MarginWeight { get; set; } = 0.35;

    /// <summary>Questions longer than this are cut to this many content terms.</summary>
    public int MaxQueryTerms { get; set; } = 32;
}
