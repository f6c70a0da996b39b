using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CityCrm.City311.Tests.Agents;

namespace CityCrm.City311.Tests.Outreach;

/// <summary>The outreach API's roles and its problem+json answers to bad requests.</summary>
public sealed class OutreachApiTests(OutreachAppFactory factory) : IClassFixture<OutreachAppFactory>
{
    private const string Api = "/api/supervisor/outreach";

    private static object Segment(string name, object rules, int? version = null) => new { name, rules, version };

    [Theory]
    [InlineData("GET", "/segments")]
    [InlineData("POST", "/segments/preview")]
    [InlineData("POST", "/broadcasts")]
    [InlineData("GET", "/broadcasts")]
    [InlineData("GET", "/topics")]
    public async Task Endpoints_AnonymousAndAgentRole_RefusedWith401And403(string method, string path)
    {
        using var anonymous = factory.CreateClient();
        using var agent = await factory.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        using var editor = await factory.SignInAsync(AgentAppFactory.EditorUser, AgentAppFactory.EditorPassword);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.SendAsync(Request(method, path))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.Client.SendAsync(Request(method, path))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Client.SendAsync(Request(method, path))).StatusCode);
    }

    [Fact]
    public async Task Topics_Supervisor_ListsTheConfiguredKeywords()
    {
        using var supervisor = await factory.SupervisorAsync();

        var topics = await supervisor.Client.GetFromJsonAsync<JsonElement>($"{Api}/topics");

        Assert.Contains(topics.EnumerateArray(), t => t.GetProperty("keyword").GetString() == "TRASH" && t.GetProperty("keywordEs").GetString() == "BASURA");
    }

    [Fact]
    public async Task CreateSegment_NoRulesOrBadArea_400ProblemNamingTheField()
    {
        using var supervisor = await factory.SupervisorAsync();

        var empty = await supervisor.Client.PostAsJsonAsync($"{Api}/segments", Segment("Nobody", new { streets = Array.Empty<string>() }));
        var badArea = await supervisor.Client.PostAsJsonAsync($"{Api}/segments", Segment("Bad", new { area = new { type = "Point", coordinates = new[] { 1, 2 } } }));
        var noName = await supervisor.Client.PostAsJsonAsync($"{Api}/segments", Segment(" ", new { streets = new[] { "Elm St" } }));

        await AssertProblemAsync(empty, HttpStatusCode.BadRequest, "rules");
        await AssertProblemAsync(badArea, HttpStatusCode.BadRequest, "rules.area");
        await AssertProblemAsync(noName, HttpStatusCode.BadRequest, "name");
        Assert.DoesNotContain((await supervisor.Client.GetFromJsonAsync<JsonElement>($"{Api}/segments")).EnumerateArray(), s => s.GetProperty("name").GetString() is "Bad" or "Nobody");
    }

    [Fact]
    public async Task UpdateSegment_StaleVersion_409AndTheSavedOneStays()
    {
        using var supervisor = await factory.SupervisorAsync();
        var created = await (await supervisor.Client.PostAsJsonAsync($"{Api}/segments", Segment("Elm", new { streets = new[] { "Elm Street" } }))).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetString();

        var saved = await supervisor.Client.PutAsJsonAsync($"{Api}/segments/{id}", Segment("Elm and Oak", new { streets = new[] { "Elm St", "Oak Ave" } }, 1));
        var stale = await supervisor.Client.PutAsJsonAsync($"{Api}/segments/{id}", Segment("Stale", new { streets = new[] { "Pine St" } }, 1));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        var current = await supervisor.Client.GetFromJsonAsync<JsonElement>($"{Api}/segments/{id}");
        Assert.Equal(("Elm and Oak", 2), (current.GetProperty("name").GetString(), current.GetProperty("version").GetInt32()));
        Assert.Equal(["Elm St", "Oak Ave"], current.GetProperty("rules").GetProperty("streets").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task Broadcast_UnknownSegmentOrNoEnglishText_404And400()
    {
        using var supervisor = await factory.SupervisorAsync();
        var id = (await (await supervisor.Client.PostAsJsonAsync($"{Api}/segments", Segment("Maple", new { streets = new[] { "Maple St" } }))).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("id").GetString();

        var unknown = await supervisor.Client.PostAsJsonAsync($"{Api}/broadcasts", new { segmentId = "nope", texts = new { en = "Hi" }, confirm = true });
        var noEnglish = await supervisor.Client.PostAsJsonAsync($"{Api}/broadcasts", new { segmentId = id, texts = new { es = "Hola" }, confirm = true });
        var badTopic = await supervisor.Client.PostAsJsonAsync($"{Api}/broadcasts", new { segmentId = id, topic = "Road Closure!", texts = new { en = "Hi" }, confirm = true });

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        await AssertProblemAsync(noEnglish, HttpStatusCode.BadRequest, "texts.en");
        await AssertProblemAsync(badTopic, HttpStatusCode.BadRequest, "topic");
    }

    [Fact]
    public async Task Broadcast_EmptySegment_409UntilConfirmedThenRecordedWithNobody()
    {
        using var supervisor = await factory.SupervisorAsync();
        var id = (await (await supervisor.Client.PostAsJsonAsync($"{Api}/segments", Segment("Nowhere", new { streets = new[] { "Nowhere Ln" } }))).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("id").GetString();

        var unconfirmed = await supervisor.Client.PostAsJsonAsync($"{Api}/broadcasts", new { segmentId = id, texts = new { en = "Road closed" } });
        var before = (await supervisor.Client.GetFromJsonAsync<JsonElement>($"{Api}/broadcasts")).GetArrayLength();
        var confirmed = await supervisor.Client.PostAsJsonAsync($"{Api}/broadcasts", new { segmentId = id, texts = new { en = "Road closed" }, confirm = true });

        Assert.Equal(HttpStatusCode.Conflict, unconfirmed.StatusCode);
        Assert.Equal("application/problem+json", unconfirmed.Content.Headers.ContentType?.MediaType);
        var problem = await unconfirmed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("confirmation-required", 0), (problem.GetProperty("reason").GetString(), problem.GetProperty("recipients").GetInt32()));
        Assert.Equal(HttpStatusCode.Created, confirmed.StatusCode);
        Assert.Equal(0, (await confirmed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("report").GetProperty("planned").GetInt32());
        Assert.Equal(before + 1, (await supervisor.Client.GetFromJsonAsync<JsonElement>($"{Api}/broadcasts")).GetArrayLength());
    }

    private static HttpRequestMessage Request(string method, string path) =>
        new(new HttpMethod(method), Api + path) { Content = method == "POST" ? JsonContent.Create(new { }) : null };

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"expected a problem naming {field}: {problem}");
    }
}
