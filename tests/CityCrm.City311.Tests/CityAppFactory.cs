using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CityCrm.City311.Tests;

/// <summary>
/// The real host in memory on its own temp data folder (<c>--data</c>), deleted afterwards, so test classes
/// never share state with each other or with a developer's ./data.
/// </summary>
public class CityAppFactory : WebApplicationFactory<Program>
{
    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("citycrm-test-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("data", DataDirectory);
        // Staff tests sign in afresh, many times, from the same in-memory client address.
        builder.UseSetting("Agents:SignInAttemptsPerMinute", "10000");
        builder.UseEnvironment("Development");
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
    }

    /// <summary>Settings a derived factory changes for its tests.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
            return;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the OS cleans its temp folder.
        }
    }
}
