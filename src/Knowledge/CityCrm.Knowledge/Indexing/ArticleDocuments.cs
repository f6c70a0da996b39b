using CityCrm.Knowledge.Languages;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace CityCrm.Knowledge.Indexing;

/// <summary>Maps an article to its Lucene document.</summary>
internal static class ArticleDocuments
{
    // Term vectors let the search check which question terms an article really contains (its coverage).
    private static readonly FieldType StoredText = Frozen(new FieldType(TextField.TYPE_STORED) { StoreTermVectors = true });
    private static readonly FieldType UnstoredText = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { StoreTermVectors = true });

    // Questions and tags are lists: without norms, matching one question counts the same whether the
    // article lists three phrasings or eight, instead of being diluted by the list's total length.
    private static readonly FieldType ListText = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { StoreTermVectors = true, OmitNorms = true });

    // Only which articles hold a word: enough to find the spellings a misspelled word may stand for.
    private static readonly FieldType WordsOnly = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_ONLY, OmitNorms = true });

    public static Term IdTerm(string id) => new(ArticleFields.Id, id);

    public static Document ToDocument(Article article)
    {
        var document = new Document
        {
            new StringField(ArticleFields.Id, article.Id, Field.Store.YES),
            new StringField(ArticleFields.Language, article.Language, Field.Store.YES),
            new StringField(ArticleFields.SearchLanguage, KnowledgeLanguages.OfArticle(article.Language), Field.Store.NO),
            new StoredField(ArticleFields.Version, article.Version),
            new Int32Field(ArticleFields.ValidFrom, article.ValidFrom?.DayNumber ?? 0, Field.Store.NO),
            new Int32Field(ArticleFields.ValidUntil, article.ValidUntil?.DayNumber ?? int.MaxValue, Field.Store.NO),
            new Field(ArticleFields.Title, article.Title, StoredText),
            new Field(ArticleFields.Summary, article.Summary, StoredText),
            new Field(ArticleFields.Body, article.Body, UnstoredText),
        };
        foreach (var question in article.Questions)
            document.Add(new Field(ArticleFields.Questions, question, ListText));
        // Hyphenated tags ("e-waste") and phrases ("blue cart") are analyzed like any text.
        foreach (var tag in article.Tags)
            document.Add(new Field(ArticleFields.Tags, tag, ListText));
        document.Add(new Field(ArticleFields.Words, string.Join('\n', [article.Title, article.Summary, .. article.Questions, .. article.Tags]), WordsOnly));
        if (article.TranslationOf is { } source)
            document.Add(new StringField(ArticleFields.TranslationOf, source, Field.Store.YES));
        if (article.Department is { } department)
            document.Add(new StringField(ArticleFields.Department, department, Field.Store.YES));
        return document;
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
