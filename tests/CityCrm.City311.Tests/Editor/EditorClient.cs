using System.Net.Http.Json;
using CityCrm.City311.Api.Dtos;

namespace CityCrm.City311.Tests.Editor;

/// <summary>The editor API's calls as tests make them, on a signed-in client.</summary>
public static class EditorClient
{
    public const string Base = "/api/knowledge/editor";

    /// <summary>A valid article with a made-up word in its title, so a search for that word finds only it.</summary>
    public static EditorArticleContentDto NewArticle(string id, string word, string language = "en", string? translationOf = null, int? sourceVersion = null) => new(
        id, $"{word} festival parking", $"Where to park for the {word} festival.", $"## Parking\n\nPark at the {word} lot.",
        [$"Where do I park for {word}?"], ["parking"], "Parks and Recreation", "Parks and Recreation", "residents", [],
        null, null, null, null, language, translationOf, sourceVersion);

    /// <summary>A fresh id for this test, so tests sharing a host never collide.</summary>
    public static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";

    public static Task<HttpResponseMessage> CreateAsync(this HttpClient client, EditorArticleContentDto article) =>
        client.PostAsJsonAsync($"{Base}/articles", new CreateArticleRequest(article, "new"));

    public static Task<HttpResponseMessage> SaveAsync(this HttpClient client, string id, int baseVersion, EditorArticleContentDto article) =>
        client.PutAsJsonAsync($"{Base}/articles/{id}", new SaveArticleRequest(baseVersion, article, "edit"));

    public static Task<HttpResponseMessage> ActAsync(this HttpClient client, string id, string action, object? body = null) =>
        client.PostAsJsonAsync($"{Base}/articles/{id}/{action}", body ?? new { });

    public static async Task<EditorArticleDetailDto> GetArticleAsync(this HttpClient client, string id) =>
        (await client.GetFromJsonAsync<EditorArticleDetailDto>($"{Base}/articles/{id}"))!;

    public static async Task<EditorArticleDetailDto> ReadAsync(this HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
            Assert.Fail($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<EditorArticleDetailDto>())!;
    }

    /// <summary>Creates, submits and publishes the article; returns it as published.</summary>
    public static async Task<EditorArticleDetailDto> PublishNewAsync(this HttpClient client, EditorArticleContentDto article)
    {
        await (await client.CreateAsync(article)).ReadAsync();
        await (await client.ActAsync(article.Id!, "submit")).ReadAsync();
        return await (await client.ActAsync(article.Id!, "publish")).ReadAsync();
    }

    /// <summary>The article ids the public search returns for <paramref name="question"/>.</summary>
    public static async Task<IReadOnlyList<string>> SearchIdsAsync(this HttpClient client, string question)
    {
        var result = await client.GetFromJsonAsync<KnowledgeSearchResponse>($"/api/knowledge/search?q={Uri.EscapeDataString(question)}");
        return [.. result!.Hits.Select(h => h.Id)];
    }

    /// <summary>Asks until the answer satisfies <paramref name="done"/> or a generous limit passes; returns the last answer.</summary>
    public static async Task<T> PollAsync<T>(Func<Task<T>> probe, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        var value = await probe();
        while (!done(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            value = await probe();
        }
        return value;
    }
}
