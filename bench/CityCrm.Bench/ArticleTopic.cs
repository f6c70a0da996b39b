using CityCrm.Knowledge;

namespace CityCrm.Bench;

/// <summary>What a generated article is about, kept so that questions can be asked about it in other words.</summary>
/// <param name="Place">A made-up neighborhood, the article's rarest word.</param>
/// <param name="Problem">What goes wrong with the thing, used in the questions residents ask.</param>
internal sealed record ArticleTopic(
    Vocabulary.Area Area,
    string Noun,
    Vocabulary.Action Action,
    string Qualifier,
    string Place,
    string Problem)
{
    /// <summary>The article's lowercase subject, as residents write it.</summary>
    public string Subject => $"{Qualifier} {Noun}";
}

/// <summary>A generated article with the topic it was written from.</summary>
internal sealed record GeneratedArticle(Article Article, ArticleTopic Topic);
