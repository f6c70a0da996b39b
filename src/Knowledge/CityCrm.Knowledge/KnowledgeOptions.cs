namespace CityCrm.Knowledge;

/// <summary>
/// Where the knowledge base lives and how sure a search must be before the bot answers. The defaults
/// were calibrated on the labelled question set in the knowledge tests (in-scope questions with their
/// expected article, and out-of-scope questions that must not be answered); re-run those tests after
/// changing them. Bound from the "Knowledge" configuration section.
/// </summary>
public sealed class KnowledgeOptions
{
    /// <summary>The folder of the Lucene index (created if missing).</summary>
    public string IndexPath { get; set; } = "";

    /// <summary>The folder of the <c>*.md</c> articles imported into an empty article store.</summary>
    public string ContentPath { get; set; } = "";

    /// <summary>How stale a searcher may get before it is reopened to show new articles.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Confidence from which the top article is given as the answer.</summary>
    public double AnswerThreshold { get; set; } = 0.4;

    /// <summary>Confidence from which the resident is asked to pick among the top articles; below it, a hand-off is offered.</summary>
    public double ClarifyThreshold { get; set; } = 0.2;

    /// <summary>How much of the share of a match found only in summaries and bodies is discounted (0..1).</summary>
    public double WeakMatchPenalty { get; set; } = 0.5;

    /// <summary>The share of the match lost when neither the title nor the tags of an article hold any word of the question (0..1).</summary>
    public double OffTopicPenalty { get; set; } = 0.5;

    /// <summary>The top hit's lead over the second (a fraction of the top relevance) from which the two are not confused.</summary>
    public double ClearMargin { get; set; } = 0.3;

    /// <summary>The share of the confidence lost when the runner-up matches as well and ranks the same (0..1).</summary>
    public double AmbiguityPenalty { get; set; } = 0.5;

    /// <summary>The weight of match quality against the relative Lucene score when ranking (0..1).</summary>
    public double CoverageRankWeight { get; set; } = 0.6;

    /// <summary>The most a word that no article uses weighs in a question (a word found in one article of fifty weighs about 4).</summary>
    public double UnknownTermWeight { get; set; } = 3.5;

    /// <summary>Questions longer than this are cut to this many content terms.</summary>
    public int MaxQueryTerms { get; set; } = 32;

    /// <summary>Whether a question word no article uses is matched as a misspelling of a close one.</summary>
    public bool MatchMisspellings { get; set; } = true;

    /// <summary>The city's synonym list (one comma-separated group per line); null or empty for none.</summary>
    public string? SynonymsPath { get; set; }

    /// <summary>How much a match through a synonym counts against one of the resident's own word (0..1).</summary>
    public double SynonymWeight { get; set; } = 0.8;

    /// <summary>The city's time zone (IANA or Windows id), which decides what "today" is for validity windows; empty for the machine's.</summary>
    public string? TimeZone { get; set; }

    /// <summary>
    /// The WordNet dictionary folder (Debian's <c>wordnet-base</c> puts it in <c>/usr/share/wordnet</c>) whose
    /// synonyms widen English questions, for less than the city's own; null or empty to leave it off.
    /// </summary>
    public string? WordNetPath { get; set; }

    /// <summary>How much a match through a WordNet synonym counts against one of the resident's own words (0..1).</summary>
    public double WordNetWeight { get; set; } = 0.5;

    /// <summary>How often, at most, searches check whether the synonym list file changed.</summary>
    public TimeSpan SynonymsCheckInterval { get; set; } = TimeSpan.FromSeconds(3);
}
