using CityCrm.Knowledge.Content;
using CityCrm.Knowledge.Indexing;
using CityCrm.Knowledge.Search;
using CityCrm.Knowledge.Synonyms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CityCrm.Knowledge;

/// <summary>Registers the knowledge base: index, search, renderer and start-up seeding.</summary>
public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>
    /// Adds the knowledge base. Thresholds can be tuned in the "Knowledge" configuration section; the paths
    /// given here always win. An <see cref="IArticleStore"/> must be registered separately.
    /// </summary>
    /// <param name="indexPath">Folder of the Lucene index.</param>
    /// <param name="contentPath">Folder of the <c>*.md</c> articles imported into an empty store.</param>
    /// <param name="synonymsPath">The city's synonym list, re-read when it changes; null for none.</param>
    public static IServiceCollection AddCityKnowledge(this IServiceCollection services, string indexPath, string contentPath, string? synonymsPath = null)
    {
        services.AddOptions<KnowledgeOptions>()
            .BindConfiguration("Knowledge")
            .PostConfigure(o =>
            {
                o.IndexPath = indexPath;
                o.ContentPath = contentPath;
                if (synonymsPath is not null)
                    o.SynonymsPath = synonymsPath;
            });
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value);
        // Created and disposed by the container: disposal at shutdown closes the writer and releases its lock.
        services.AddSingleton<LuceneArticleIndex>();
        services.AddSingleton<KnowledgeSynonyms>();
        services.AddSingleton<WordNetSynonyms>();
        services.AddSingleton<KnowledgeSearch>();
        services.AddSingleton<IKnowledgeSearch>(sp => sp.GetRequiredService<KnowledgeSearch>());
        services.AddSingleton<ArticleRenderer>();
        services.AddHostedService<KnowledgeSeeder>();
        return services;
    }
}
