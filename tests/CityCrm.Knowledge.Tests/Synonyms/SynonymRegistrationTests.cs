using CityCrm.Knowledge.Synonyms;
using CityCrm.Knowledge.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CityCrm.Knowledge.Tests.Synonyms;

public sealed class SynonymRegistrationTests
{
    [Fact]
    public async Task AddCityKnowledge_SynonymsPath_SearchUsesTheList()
    {
        using var folder = new TempFolder();
        var path = folder.Sub("synonyms.txt");
        await File.WriteAllTextAsync(path, "pothole, crater in the asphalt\n");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddSingleton<IArticleStore, InMemoryArticleStore>();
        builder.Services.AddCityKnowledge(folder.Sub("index"), RepositoryPaths.KnowledgeContent, path);

        using var host = builder.Build();
        await host.StartAsync();
        var result = await host.Services.GetRequiredService<IKnowledgeSearch>().SearchAsync("crater in the asphalt", 3, CancellationToken.None);
        var options = host.Services.GetRequiredService<KnowledgeOptions>();
        var groups = host.Services.GetRequiredService<KnowledgeSynonyms>().GroupCount;
        await host.StopAsync();

        Assert.Equal(path, options.SynonymsPath);
        Assert.Equal(1, groups);
        Assert.Equal("potholes", result.Hits[0].ArticleId);
    }

    [Fact]
    public async Task AddCityKnowledge_NoSynonymsPath_SearchesWithoutSynonyms()
    {
        using var folder = new TempFolder();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddSingleton<IArticleStore, InMemoryArticleStore>();
        builder.Services.AddCityKnowledge(folder.Sub("index"), RepositoryPaths.KnowledgeContent);

        using var host = builder.Build();
        await host.StartAsync();
        var options = host.Services.GetRequiredService<KnowledgeOptions>();
        var groups = host.Services.GetRequiredService<KnowledgeSynonyms>().GroupCount;
        await host.StopAsync();

        Assert.Null(options.SynonymsPath);
        Assert.Equal(0, groups);
    }
}
