using System.Net;
using System.Net.Http.Json;
using CityCrm.City311.Tests.Portal;
using CityCrm.Conversations.Agents;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.City311.Tests.Security;

/// <summary>
/// Every HTTP endpoint against every kind of session (anonymous, resident, agent, supervisor, editor, admin): a
/// session the declared audience lets in is never refused (401/403/redirect to sign-in) and never meets a 5xx; any
/// other is refused. An endpoint missing from <c>access-matrix.txt</c> fails the test.
/// </summary>
public sealed class AccessMatrixTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public void Matrix_EveryMappedEndpoint_IsDeclared()
    {
        var declared = AccessMatrix.Read();
        var mapped = MappedEndpoints();

        var undeclared = mapped.Where(e => !declared.ContainsKey(e)).ToList();
        var gone = declared.Keys.Where(e => !mapped.Contains(e)).ToList();
        Assert.True(undeclared.Count == 0, "Declare in access-matrix.txt: " + string.Join(", ", undeclared));
        Assert.True(gone.Count == 0, "No longer mapped, remove from access-matrix.txt: " + string.Join(", ", gone));
    }

    [Fact]
    public async Task EveryEndpoint_EverySession_AllowedOrRefusedAsDeclared()
    {
        var declared = AccessMatrix.Read();
        var sessions = await SessionsAsync();
        var wrong = new List<string>();
        // Signing out ends the session the other requests use: those go last.
        foreach (var endpoint in MappedEndpoints().Where(declared.ContainsKey).OrderBy(e => e.Contains("sign-out", StringComparison.Ordinal) || e.Contains("logout", StringComparison.Ordinal)))
        {
            var (method, pattern) = (endpoint.Split(' ')[0], endpoint.Split(' ')[1]);
            foreach (var (session, client) in sessions)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), AccessMatrix.PathFor(pattern));
                if (method is "POST" or "PUT" or "PATCH")
                    request.Content = AccessMatrix.BodyFor(pattern);
                using var response = await client.SendAsync(request);
                var refused = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                    || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("login", StringComparison.OrdinalIgnoreCase) == true);
                var allowed = AccessMatrix.Allows(declared[endpoint], session);
                if (allowed == refused || (allowed && (int)response.StatusCode >= 500))
                    wrong.Add($"{endpoint} as {session}: {(int)response.StatusCode} (declared {declared[endpoint]})");
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    private HashSet<string> MappedEndpoints()
    {
        using var client = factory.CreateClient();
        return [.. EndpointList.Of(factory.Services).Where(e => !e.Pattern.StartsWith("/hubs/", StringComparison.Ordinal)).Select(e => $"{e.Method} {e.Pattern}")];
    }

    private async Task<List<(string Session, HttpClient Client)>> SessionsAsync()
    {
        var accounts = factory.Services.GetRequiredService<IAgentAccountStore>();
        var hasher = factory.Services.GetRequiredService<PasswordHasher>();
        await accounts.CreateIfMissingAsync(new AgentAccount("matrix-admin", "matrix-admin", "Ada Admin", hasher.Hash("matrix-admin-pw"), [Roles.Admin]), CancellationToken.None);
        var resident = await factory.ResidentWithRequestAsync();
        return
        [
            ("anonymous", factory.CreateClient(new() { AllowAutoRedirect = false })),
            ("resident", await factory.SignInAsync(resident)),
            ("agent", await StaffAsync("agent", "riverton311")),
            ("supervisor", await StaffAsync("supervisor", "riverton311sup")),
            ("editor", await StaffAsync("editor", "riverton311ed")),
            ("admin", await StaffAsync("matrix-admin", "matrix-admin-pw")),
        ];
    }

    // Redirects are not followed, so a page that sends the wrong person to sign in shows as refused.
    private async Task<HttpClient> StaffAsync(string userName, string password)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync("/api/auth/login", new { userName, password })).StatusCode);
        return client;
    }
}
