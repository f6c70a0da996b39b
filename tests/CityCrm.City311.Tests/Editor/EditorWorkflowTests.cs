using System.Net;
using System.Net.Http.Json;
using CityCrm.City311.Api.Dtos;
using CityCrm.Conversations.Audit;
using Microsoft.Extensions.DependencyInjection;
using static CityCrm.City311.Tests.Editor.EditorClient;

namespace CityCrm.City311.Tests.Editor;

public sealed class EditorWorkflowTests(CityAppFactory factory) : IClassFixture<CityAppFactory>
{
    [Fact]
    public async Task Publish_NewArticle_AnswersSearchAndResidentApi()
    {
        using var editor = await StaffClient.SignInAsync(factory);
        var id = NewId("zorblax");

        var created = await (await editor.CreateAsync(NewArticle(id, "Zorblax"))).ReadAsync();
        var submitted = await (await editor.ActAsync(id, "submit")).ReadAsync();
        var published = await (await editor.ActAsync(id, "publish")).ReadAsync();

        Assert.Equal(("draft", 1, (int?)null), (created.Status, created.HeadVersion, created.PublishedVersion));
        Assert.Equal("in-review", submitted.Status);
        Assert.Equal(("published", (int?)1), (published.Status, published.PublishedVersion));
        var hits = await PollAsync(() => editor.SearchIdsAsync("zorblax festival parking"), ids => ids.Contains(id));
        Assert.Contains(id, hits);
        var article = await editor.GetFromJsonAsync<KnowledgeArticleDto>($"/api/knowledge/articles/{id}");
        Assert.Equal("Zorblax festival parking", article!.Title);
    }

    [Fact]
    public async Task Publish_Draft_Returns409AndDoesNotAnswer()
    {
        using var editor = await StaffClient.SignInAsync(factory);
        var id = NewId("quuxle");
        await (await editor.CreateAsync(NewArticle(id, "Quuxle"))).ReadAsync();

        var response = await editor.ActAsync(id, "publish");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/api/knowledge/articles/{id}")).StatusCode);
    }

    [Fact]
    public async Task Save_StaleBaseVersion_Returns409NamingHeadVersionAndAuthor()
    {
        using var erin = await StaffClient.SignInAsync(factory);
        using var other = await StaffClient.SignInAsync(factory);
        var id = NewId("blorp");
        await (await erin.CreateAsync(NewArticle(id, "Blorp"))).ReadAsync();
        await (await erin.SaveAsync(id, 1, NewArticle(id, "Blorp") with { Summary = "Erin's summary." })).ReadAsync();

        var response = await other.SaveAsync(id, 1, NewArticle(id, "Blorp") with { Summary = "A stale summary." });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<Dictionary<string, System.Text.Json.JsonElement>>();
        Assert.Equal(2, problem!["currentVersion"].GetInt32());
        Assert.Equal("Erin Editor", problem["currentAuthor"].GetString());
        Assert.Contains("Erin Editor saved version 2 meanwhile", problem["detail"].GetString());
        Assert.Equal("Erin's summary.", (await erin.GetArticleAsync(id)).Article.Summary);
    }

    [Fact]
    public async Task Diff_TwoVersions_ShowsChangedFieldLines()
    {
        using var editor = await StaffClient.SignInAsync(factory);
        var id = NewId("diffy");
        await (await editor.CreateAsync(NewArticle(id, "Diffy"))).ReadAsync();
        await (await editor.SaveAsync(id, 1, NewArticle(id, "Diffy") with { Body = "## Parking\n\nPark at the north lot." })).ReadAsync();

        var diff = await editor.GetFromJsonAsync<ArticleDiffDto>($"{Base}/articles/{id}/diff?from=1&to=2");

        var body = Assert.Single(diff!.Fields, f => f.Changed);
        Assert.Equal("body", body.Field);
        Assert.Equal(
            [new("unchanged", "## Parking"), new("unchanged", ""), new("removed", "Park at the Diffy lot."), new DiffLineDto("added", "Park at the north lot.")],
            body.Lines);
    }

    [Fact]
    public async Task Rollback_ToFirstVersion_AddsVersionWithFirstContent()
    {
        using var editor = await StaffClient.SignInAsync(factory);
        var id = NewId("rolly");
        await (await editor.CreateAsync(NewArticle(id, "Rolly"))).ReadAsync();
        await (await editor.SaveAsync(id, 1, NewArticle(id, "Rolly") with { Title = "Wrong title" })).ReadAsync();

        var rolledBack = await (await editor.ActAsync(id, "rollback", new RollbackArticleRequest(1, 2))).ReadAsync();
        var versions = (await editor.GetFromJsonAsync<List<ArticleVersionDto>>($"{Base}/articles/{id}/versions"))!;

        Assert.Equal((3, "Rolly festival parking"), (rolledBack.HeadVersion, rolledBack.Article.Title));
        Assert.Equal([3, 2, 1], versions.Select(v => v.Number));
        Assert.Equal("Rolled back to version 1", versions[0].Comment);
    }

    [Fact]
    public async Task Archive_PublishedArticle_StopsAnsweringAndRestoreMakesDraft()
    {
        using var editor = await StaffClient.SignInAsync(factory);
        var id = NewId("gloop");
        await editor.PublishNewAsync(NewArticle(id, "Gloopfest"));
        await PollAsync(() => editor.SearchIdsAsync("gloopfest festival parking"), ids => ids.Contains(id));

        var archived = await (await editor.ActAsync(id, "archive")).ReadAsync();

        Assert.Equal(("archived", (int?)null), (archived.Status, archived.PublishedVersion));
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync($"/api/knowledge/articles/{id}")).StatusCode);
        var hits = await PollAsync(() => editor.SearchIdsAsync("gloopfest festival parking"), ids => !ids.Contains(id));
        Assert.DoesNotContain(id, hits);
        Assert.Equal("draft", (await (await editor.ActAsync(id, "restore")).ReadAsync()).Status);
    }

    [Fact]
    public async Task Phrasing_PublishedArticle_NewVersionPublishedAtOnce()
    {
        using var editor = await StaffClient.SignInAsync(factory);
        var id = NewId("phrase");
        await editor.PublishNewAsync(NewArticle(id, "Phrasey"));

        var after = await (await editor.ActAsync(id, "phrasings", new EditorAmendRequest("where can I leave my car for phrasey", null))).ReadAsync();

        Assert.Equal(("published", 2, (int?)2), (after.Status, after.HeadVersion, after.PublishedVersion));
        var article = await editor.GetFromJsonAsync<KnowledgeArticleDto>($"/api/knowledge/articles/{id}");
        Assert.Contains("where can I leave my car for phrasey", article!.Questions);
    }

    [Fact]
    public async Task Publish_EditorialAction_WrittenToAuditLog()
    {
        using var editor = await StaffClient.SignInAsync(factory);
        var id = NewId("audited");
        await editor.PublishNewAsync(NewArticle(id, "Audity"));

        var records = await factory.Services.GetRequiredService<IAuditLog>().ListAsync(null, 200, CancellationToken.None);

        var mine = records.Where(r => r.Arguments?.Contains(id) == true).ToList();
        Assert.Equal(["knowledge.editor.create", "knowledge.editor.submit", "knowledge.editor.publish"], mine.Select(r => r.Action).Reverse());
        Assert.All(mine, r => Assert.Equal("editor", r.Actor));
        Assert.Equal("published", mine[0].Outcome);
    }

    [Fact]
    public async Task Save_TwoEditorsAtOnceFromSameVersion_OneSavedOneRefused()
    {
        using var erin = await StaffClient.SignInAsync(factory);
        using var other = await StaffClient.SignInAsync(factory);
        var id = NewId("race");
        await (await erin.CreateAsync(NewArticle(id, "Race"))).ReadAsync();

        var responses = await Task.WhenAll(
            erin.SaveAsync(id, 1, NewArticle(id, "Race") with { Summary = "First." }),
            other.SaveAsync(id, 1, NewArticle(id, "Race") with { Summary = "Second." }));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var versions = await erin.GetFromJsonAsync<List<ArticleVersionDto>>($"{Base}/articles/{id}/versions");
        Assert.Equal([2, 1], versions!.Select(v => v.Number));
    }

    [Fact]
    public async Task Publish_ExplicitEarlierVersion_ThatVersionAnswers()
    {
        using var editor = await StaffClient.SignInAsync(factory);
        var id = NewId("earlier");
        await (await editor.CreateAsync(NewArticle(id, "Earlier"))).ReadAsync();
        await (await editor.SaveAsync(id, 1, NewArticle(id, "Earlier") with { Title = "Not ready yet" })).ReadAsync();
        await (await editor.ActAsync(id, "submit")).ReadAsync();

        var published = await (await editor.ActAsync(id, "publish", new PublishArticleRequest(1))).ReadAsync();

        Assert.Equal((2, (int?)1), (published.HeadVersion, published.PublishedVersion));
        var article = await editor.GetFromJsonAsync<KnowledgeArticleDto>($"/api/knowledge/articles/{id}");
        Assert.Equal("Earlier festival parking", article!.Title);
    }
}
