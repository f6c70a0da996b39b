using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CityCrm.City311.Tests.Editor;

/// <summary>The host in memory on its own temp data folder, seeded with the demo articles and staff accounts.</summary>
public sealed class EditorAppFactory : WebApplicationFactory<Program>
{
    public const string EditorUser = "editor";
    public const string EditorPassword = "riverton311ed";
    public const string AgentUser = "agent";
    public const string AgentPassword = "riverton311";

    private readonly string dataDirectory = Directory.CreateTempSubdirectory("citycrm-editor-").FullName;

    /// <summary>Signs in through the API and returns a client carrying the sign-in cookie.</summary>
    public async Task<HttpClient> SignInAsync(string userName = EditorUser, string password = EditorPassword)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("data", dataDirectory);
        // Every test signs in afresh from the same in-memory client address.
        builder.UseSetting("Agents:SignInAttemptsPerMinute", "10000");
        builder.UseEnvironment("Development");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(dataDirectory, recursive: true); }
        catch (IOException) { /* the OS cleans its temp folder */ }
    }
}
