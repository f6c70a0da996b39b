using System.Net;
using System.Net.Http.Json;

namespace CityCrm.City311.Tests;

/// <summary>Signs a seeded staff account in through the API; the returned client carries the cookie.</summary>
internal static class StaffClient
{
    public const string Editor = "editor";
    public const string EditorPassword = "riverton311ed";
    public const string Agent = "agent";
    public const string AgentPassword = "riverton311";

    public static async Task<HttpClient> SignInAsync(CityAppFactory factory, string userName = Editor, string password = EditorPassword)
    {
        var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName, password });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        return client;
    }
}
