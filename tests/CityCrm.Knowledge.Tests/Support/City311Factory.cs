using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CityCrm.Knowledge.Tests.Support;

/// <summary>The City311 host in memory, with its own data folder, seeded from the real articles at start.</summary>
public sealed class City311Factory : WebApplicationFactory<Program>
{
    private readonly TempFolder data = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseSetting("data", data.Path);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            data.Dispose();
        }
    }
}
