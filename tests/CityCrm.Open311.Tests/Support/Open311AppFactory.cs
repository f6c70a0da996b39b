using CityCrm.CaseCore;
using CityCrm.Channels;
using CityCrm.City311.Tests.Delivery;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CityCrm.Open311.Tests.Support;

/// <summary>
/// The real host in memory with the SQLite stores on its own temp data folder, an api key for tests, and a catalogue
/// whose services ask every kind of question (see <see cref="TestCatalog"/>).
/// </summary>
public class Open311AppFactory : WebApplicationFactory<Program>
{
    public const string ApiKey = "open311-test-key";
    public const string ClientName = "test-client";
    public const string Jurisdiction = "riverton.example";

    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("citycrm-open311-").FullName;

    public AcceptingSmsSender Sms { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("data", DataDirectory);
        builder.UseSetting("Agents:SignInAttemptsPerMinute", "10000");
        builder.UseSetting("Open311:JurisdictionId", Jurisdiction);
        // Index 1: the demo key stays at 0; this one is given in clear, as an environment variable would give it.
        builder.UseSetting("Open311:ApiKeys:1:Name", ClientName);
        builder.UseSetting("Open311:ApiKeys:1:Key", ApiKey);
        builder.UseEnvironment("Development");
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IServiceCatalog>(TestCatalog.Create());
            // Requesters who gave only a phone are texted: the stand-in provider shows what went out.
            services.RemoveAll<IChannelSender>();
            services.AddSingleton<IChannelSender>(Sms);
        });
    }

    /// <summary>Settings a derived factory adds (another store, other limits).</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

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
