using CityCrm.Knowledge.Content;
using CityCrm.Knowledge.Indexing;
using CityCrm.Knowledge.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CityCrm.Knowledge.Tests;

public sealed class KnowledgeServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddCityKnowledge_HostStarts_SeedsAndAnswersFromTheContent()
    {
        using var folder = new TempFolder();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Knowledge:AnswerThreshold"] = "0.45" });
        builder.Services.AddSingleton<IArticleStore, InMemoryArticleStore>();
        builder.Services.AddCityKnowledge(folder.Sub("index"), RepositoryPaths.KnowledgeContent);

        using var host = builder.Build();
        await host.StartAsync();
        var result = await host.Services.GetRequiredService<IKnowledgeSearch>().SearchAsync("when is my recycling picked up?", 3, CancellationToken.None);
        var options = host.Services.GetRequiredService<KnowledgeOptions>();
        await host.StopAsync();

        Assert.Equal("recycling-pickup", result.Hits[0].ArticleId);
        Assert.Equal(0.45, options.AnswerThreshold);
        Assert.Equal(folder.Sub("index"), options.IndexPath);
        Assert.NotNull(host.Services.GetRequiredService<ArticleRenderer>());
    }

    [Fact]
    public async Task AddCityKnowledge_HostDisposed_ReleasesTheIndexForTheNextHost()
    {
        using var folder = new TempFolder();
        for (var run = 0; run < 2; run++)
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            builder.Services.AddSingleton<IArticleStore, InMemoryArticleStore>();
            builder.Services.AddCityKnowledge(folder.Sub("index"), RepositoryPaths.KnowledgeContent);
            using var host = builder.Build();
            await host.StartAsync();

            Assert.True(host.Services.GetRequiredService<LuceneArticleIndex>().Count() >= 40);
            await host.StopAsync();
        }
    }
}
