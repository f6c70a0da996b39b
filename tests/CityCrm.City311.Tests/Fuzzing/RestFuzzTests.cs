using System.Text;
using System.Text.Json.Nodes;
using CityCrm.City311.Tests.Security;
using CityCrm.Conversations.Agents;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.City311.Tests.Fuzzing;

/// <summary>
/// Every HTTP endpoint the host maps (read from its endpoint data sources, so a new one is fuzzed without a change
/// here), called by a session that passes its authorization (an admin, or a signed-in resident for /api/my) with
/// hostile route values, query strings and JSON bodies of the fields the API uses, of wrong types and sizes.
/// </summary>
[Collection(FuzzCollection.Name)]
public sealed class RestFuzzTests(FuzzHost host)
{
    private const int RoundsPerEndpoint = 3;

    private static readonly string[] Fields =
    [
        "text", "private", "status", "disposition", "agentId", "queue", "note", "start", "contactId", "contactIds", "conversationId", "title",
        "body", "summary", "questions", "version", "channel", "topic", "optedIn", "address", "code", "language", "tag", "reference",
        "service", "description", "location", "reason", "from", "to", "id", "kind", "choices", "segment", "message", "expectedVersion",
        "userName", "password", "follow", "phones", "emails", "givenName", "preferredChannel", "q", "limit", "days", "scheduledAt",
    ];

    [Fact]
    public async Task EveryEndpoint_HostileRouteQueryAndBody_NeverFailsOrHangs()
    {
        var run = FuzzRun.From(3301);
        var accounts = host.Services.GetRequiredService<IAgentAccountStore>();
        var hasher = host.Services.GetRequiredService<PasswordHasher>();
        await accounts.CreateIfMissingAsync(new AgentAccount("fuzz-admin", "fuzz-admin", "Fay Fuzz", hasher.Hash("fuzz-admin-pw"), [Roles.Admin]), CancellationToken.None);
        using var admin = await host.StaffAsync("fuzz-admin", "fuzz-admin-pw");
        using var resident = await host.SignInAsync(await host.ResidentWithRequestAsync());

        // Signing out would end the sessions the other calls need; hubs and the stream are fuzzed apart.
        var endpoints = EndpointList.Of(host.Services)
            .Where(e => !e.Pattern.StartsWith("/hubs/", StringComparison.Ordinal) && !e.Pattern.EndsWith("/stream", StringComparison.Ordinal)
                && !e.Pattern.Contains("logout", StringComparison.Ordinal) && !e.Pattern.Contains("sign-out", StringComparison.Ordinal))
            .ToList();
        foreach (var (method, pattern) in endpoints)
        {
            var client = pattern.StartsWith("/api/my/", StringComparison.Ordinal) ? resident : admin;
            for (var i = 0; i < RoundsPerEndpoint; i++)
            {
                var body = method is "POST" or "PUT" or "PATCH" ? Body(run.Mutator) : null;
                using var request = new HttpRequestMessage(new HttpMethod(method), PathFor(pattern, run.Mutator) + Query(run.Mutator));
                if (body is not null)
                    request.Content = ProviderRequests.Json(body);
                await run.SendAsync(client, request, body);
            }
        }

        run.AssertClean();
        await FuzzChecks.StillServesAsync(host);
    }

    private static string PathFor(string pattern, Mutator mutator) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, @"\{([^}:]+)(:[^}]*)?\}", m => m.Groups[1].Value switch
        {
            // Known values half the time, so the calls reach deeper than "no such route value".
            "format" when mutator.Random.Next(2) == 0 => "json",
            "inboxId" when mutator.Random.Next(2) == 0 => "telegram",
            _ when m.Groups[2].Value.Contains("int", StringComparison.Ordinal) => mutator.Random.Next(3) switch { 0 => "0", 1 => "-1", _ => "2147483647" },
            _ => Uri.EscapeDataString(Clip(mutator.NextString(), 200)),
        });

    private static string Query(Mutator mutator)
    {
        var parts = Enumerable.Range(0, mutator.Random.Next(0, 4))
            .Select(_ => $"{Fields[mutator.Random.Next(Fields.Length)]}={Uri.EscapeDataString(Clip(mutator.NextString(), 300))}");
        var query = string.Join('&', parts);
        return query.Length == 0 ? "" : "?" + query;
    }

    private static byte[] Body(Mutator mutator)
    {
        if (mutator.Random.Next(5) == 0)
            return mutator.MutateBytes(Encoding.UTF8.GetBytes("{\"text\":\"hello\",\"version\":1}"));
        var body = new JsonObject();
        foreach (var field in Enumerable.Range(0, mutator.Random.Next(1, 6)).Select(_ => Fields[mutator.Random.Next(Fields.Length)]).Distinct())
            body[field] = mutator.NextValue();
        return mutator.MutateJson(body.ToJsonString(new System.Text.Json.JsonSerializerOptions { MaxDepth = 1000 }));
    }

    private static string Clip(string value, int length) => value.Length <= length ? value : value[..length];
}
