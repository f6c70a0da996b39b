using CityCrm.Conversations.Contacts;
using CityCrm.Conversations.Outbox;
using CityCrm.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.Storage.Tests.Sqlite;

public sealed class SqliteDeliveryRegistrationTests
{
    [Fact]
    public async Task AddSqliteStores_OptOutAndOutbox_ResolveToTheSqliteStoresOverOneFile()
    {
        await using var temp = await TempSqliteDatabase.CreateAsync(initialize: false);
        var services = new ServiceCollection().AddSingleton(TimeProvider.System);
        services.AddSqliteStores(Path.Combine(temp.Folder, "host.db"));
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        await provider.GetRequiredService<SqliteDatabase>().InitializeAsync(CancellationToken.None);
        var optOuts = provider.GetRequiredService<IOptOutRegistry>();

        await optOuts.RecordAsync(new ConsentChange("sms", "+15550900", "sms-main", true, "STOP", DateTimeOffset.UtcNow), CancellationToken.None);

        Assert.True(await provider.GetRequiredService<SqliteOptOutRegistry>().IsOptedOutAsync("sms", "+15550900", CancellationToken.None));
        Assert.IsType<SqliteOptOutRegistry>(optOuts);
        Assert.IsType<SqliteOutboxStore>(provider.GetRequiredService<IOutboxStore>());
    }
}
