using CityCrm.Knowledge.Indexing;
using CityCrm.Knowledge.Languages;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CityCrm.Knowledge.Search;

/// <summary>
/// Finds an article's version in the resident's language: the article itself when it is in that language,
/// otherwise its source or a translation of the same source that is valid on the day. Without one, the
/// article is given as it is, so a resident is always answered, in their language when the city has it.
/// </summary>
internal static class Counterparts
{
    public static Document InLanguage(IndexSearcher searcher, Document article, string language, Filter valid)
    {
        if (KnowledgeLanguages.OfArticle(article.Get(ArticleFields.Language)) == language)
            return article;
        var source = article.Get(ArticleFields.TranslationOf) ?? article.Get(ArticleFields.Id);
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(ArticleFields.Id, source)), Occur.SHOULD },
            { new TermQuery(new Term(ArticleFields.TranslationOf, source)), Occur.SHOULD },
        };
        var found = searcher.Search(query, valid, 1).ScoreDocs;
        return found.Length == 0 ? article : searcher.Doc(found[0].Doc);
    }
}
