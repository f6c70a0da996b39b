using CityCrm.CaseCore;
using CityCrm.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.Storage.Tests.Sqlite;

public sealed class SqliteStorageRegistrationTests
{
    [Fact]
    public async Task AddSqliteStores_WithCaseCore_OpensAndFindsCasesThroughTheContainer()
    {
        await using var temp = await TempSqliteDatabase.CreateAsync(initialize: false);
        var catalogPath = Path.Combine(temp.Folder, "catalog.json");
        await File.WriteAllTextAsync(catalogPath, """[{"code":"graffiti","name":"Graffiti","department":"Public Works","description":"Paint","keywords":["graffiti","tag"]}]""");
        var services = new ServiceCollection();
        services.AddSqliteStores(Path.Combine(temp.Folder, "host.db"));
        services.AddCaseCore(catalogPath);
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        await provider.GetRequiredService<SqliteDatabase>().InitializeAsync(CancellationToken.None);
        var cases = provider.GetRequiredService<ICaseService>();

        var opened = await cases.OpenAsync(new OpenCaseRequest("graffiti", "Tags on the bridge", "Elm Street", "contact-1", null, "sms"), CancellationToken.None);

        Assert.Equal("R-100001", opened.Reference);
        Assert.Equal(opened.Id, (await cases.FindForRequesterAsync("r 100001", "contact-1", CancellationToken.None))?.Id);
        Assert.Null(await cases.FindForRequesterAsync("R-100001", "contact-2", CancellationToken.None));
        Assert.IsType<SqliteCaseStore>(provider.GetRequiredService<ICaseStore>());
    }
}
