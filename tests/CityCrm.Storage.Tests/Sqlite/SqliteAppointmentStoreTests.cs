using CityCrm.Conversations.Appointments;
using CityCrm.Storage.Sqlite;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Sqlite;

/// <summary>The appointment store contract over a fresh SQLite file per test (parallel bookings use separate connections).</summary>
public sealed class SqliteAppointmentStoreTests : AppointmentStoreContract
{
    private TempSqliteDatabase? temp;

    protected override async Task<IAppointmentStore> CreateStoreAsync()
    {
        temp = await TempSqliteDatabase.CreateAsync();
        return new SqliteAppointmentStore(temp.Database);
    }

    protected override async Task DisposeStoreAsync()
    {
        if (temp is not null)
            await temp.DisposeAsync();
    }
}
