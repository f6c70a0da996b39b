using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CityCrm.EndToEnd.Tests.Crash;

/// <summary>
/// An editor at work during the run: signs in, then publishes new articles and edits and republishes earlier ones
/// through the editor API, so the index changes while the host may be killed at any step.
/// </summary>
public sealed class EditorDriver(CrashPlan plan, List<string> articles)
{
    /// <summary>Publishing steps that got a 2xx, over the whole run.</summary>
    public int Published { get; private set; }

    public async Task RunAsync(Uri host, int phase, CancellationToken stop)
    {
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = host, Timeout = TimeSpan.FromSeconds(20) };
        try
        {
            var login = await http.PostAsJsonAsync("/api/auth/login", new { userName = "editor", password = "riverton311ed" }, stop);
            if (!login.IsSuccessStatusCode)
                return;
            for (var step = 0; step < 4 && !stop.IsCancellationRequested; step++)
            {
                if (articles.Count == 0 || plan.Next(0, 3) == 0)
                    await CreateAsync(http, $"crash-notice-{phase}-{step}", stop);
                else
                    await EditAsync(http, articles[plan.Next(0, articles.Count)], phase, stop);
                await Task.Delay(plan.Next(200, 800), stop);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
        {
            // The host was killed mid-step: whatever it committed is checked at the end.
        }
    }

    private async Task CreateAsync(HttpClient http, string id, CancellationToken stop)
    {
        articles.Add(id);
        var article = Content(id, $"Service notice {id}", 1);
        (await http.PostAsJsonAsync("/api/knowledge/editor/articles", new { article, comment = "new notice" }, stop)).EnsureSuccessStatusCode();
        await PublishAsync(http, id, stop);
    }

    private async Task EditAsync(HttpClient http, string id, int phase, CancellationToken stop)
    {
        var current = await http.GetFromJsonAsync<JsonObject>($"/api/knowledge/editor/articles/{id}", stop);
        var head = current!["headVersion"]!.GetValue<int>();
        if (current["status"]!.GetValue<string>() is "published" or "draft")
        {
            var article = Content(id, $"Service notice {id}, revised in phase {phase}", head + 1);
            (await http.PutAsJsonAsync($"/api/knowledge/editor/articles/{id}", new { baseVersion = head, article, comment = "revised" }, stop)).EnsureSuccessStatusCode();
        }
        await PublishAsync(http, id, stop);
    }

    // A step left half done by a kill (saved but not submitted, submitted but not published) is finished here.
    private async Task PublishAsync(HttpClient http, string id, CancellationToken stop)
    {
        await http.PostAsync($"/api/knowledge/editor/articles/{id}/submit", null, stop);
        if ((await http.PostAsJsonAsync($"/api/knowledge/editor/articles/{id}/publish", new { }, stop)).IsSuccessStatusCode)
            Published++;
    }

    private static object Content(string id, string title, int revision) => new
    {
        id, title, language = "en",
        summary = $"Revision {revision} of a temporary notice about street sweeping on the east side.",
        body = $"Street sweeping on the east side moves to Thursdays (revision {revision}). Move cars before 8 AM.",
        questions = new[] { $"when is street sweeping on the east side {id}" },
        tags = new[] { "streets" },
    };
}
