using CityCrm.CaseCore.Approvals;
using CityCrm.Storage.Sqlite;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Sqlite;

/// <summary>The approval contract on the embedded SQLite store.</summary>
public sealed class SqliteCaseApprovalStoreTests : CaseApprovalStoreContract
{
    private TempSqliteDatabase? temp;

    protected override async Task<ICaseApprovalStore> CreateStoreAsync()
    {
        temp = await TempSqliteDatabase.CreateAsync();
        return new SqliteCaseApprovalStore(temp.Database);
    }

    protected override async Task DisposeStoreAsync()
    {
        if (temp is not null)
            await temp.DisposeAsync();
    }
}
