using CityCrm.CaseCore.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.CaseCore.Tests;

public sealed class CaseCoreRegistrationTests
{
    [Fact]
    public void AddCaseCore_WithStore_ResolvesCatalogueParserAndOneCaseService()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ICaseStore, InMemoryCaseStore>();
        services.AddCaseCore(CatalogFile.Path);
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        Assert.Equal(CatalogFile.Catalog.Services.Count, provider.GetRequiredService<IServiceCatalog>().Services.Count);
        Assert.IsType<LocationParser>(provider.GetRequiredService<ILocationParser>());
        Assert.Same(provider.GetRequiredService<ICaseService>(), provider.GetRequiredService<ICaseWorkflow>());
    }
}
