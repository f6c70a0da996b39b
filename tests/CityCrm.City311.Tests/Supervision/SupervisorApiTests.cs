using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CityCrm.City311.Tests.Agents;
using CityCrm.Conversations.Supervision;

namespace CityCrm.City311.Tests.Supervision;

public sealed class SupervisorApiTests(SupervisorApiTests.SeededFactory factory) : IClassFixture<SupervisorApiTests.SeededFactory>
{
    /// <summary>The host with <see cref="SupervisorSeed"/> written once for the class.</summary>
    public sealed class SeededFactory : IAsyncLifetime
    {
        public AgentAppFactory App { get; } = new();

        public async Task InitializeAsync() => await SupervisorSeed.WriteAsync(App);

        public Task DisposeAsync()
        {
            App.Dispose();
            return Task.CompletedTask;
        }
    }

    private const string Period = $"from={SupervisorSeed.First}&to={SupervisorSeed.Last}";

    private Task<AgentSession> SupervisorAsync() => factory.App.SignInAsync(AgentAppFactory.SupervisorUser, AgentAppFactory.SupervisorPassword);

    private async Task<ReportTable> ReportAsync(string chart)
    {
        using var supervisor = await SupervisorAsync();
        return (await supervisor.Client.GetFromJsonAsync<ReportTable>($"/api/supervisor/reports/{chart}?{Period}"))!;
    }

    private static List<List<string>> Cells(ReportTable table) =>
        [.. table.Rows.Select(r => r.Select(v => v is JsonElement e ? (e.ValueKind == JsonValueKind.String ? e.GetString()! : e.GetRawText()) : "null").ToList())];

    [Fact]
    public async Task Containment_SeededDays_CountsConversationsTheBotKept()
    {
        var table = await ReportAsync("containment");

        Assert.Equal(["day", "conversations", "contained", "rate"], table.Columns);
        Assert.Equal([["2026-03-02", "2", "1", "0.5"], ["2026-03-03", "1", "1", "1"]], Cells(table));
    }

    [Fact]
    public async Task Volume_SeededDays_CountsPerCityHourAndChannel()
    {
        var table = await ReportAsync("volume");

        Assert.Equal([["2026-03-02 09:00", "sms", "1"], ["2026-03-02 09:00", "webchat", "1"], ["2026-03-03 10:00", "webchat", "1"]], Cells(table));
    }

    [Fact]
    public async Task HandleTime_SeededDays_AveragesFromTheTimeline()
    {
        var table = await ReportAsync("handle-time");

        Assert.Equal(["2026-03-02", "1", "600", "2", "510"], Cells(table)[0]);
    }

    [Fact]
    public async Task Sentiment_SeededDays_CountsOnePleasedAndOneAngryMessage()
    {
        var row = Cells(await ReportAsync("sentiment"))[0];

        Assert.Equal(["2026-03-02", "2"], row[..2]);
        Assert.Equal(["1", "1", "0"], row[3..]);
    }

    [Fact]
    public async Task Questions_SeededDays_GroupsTheSameWordsMostAskedFirst()
    {
        var rows = Cells(await ReportAsync("questions"));

        Assert.Equal(["When is trash pickup?", "2", "missed-pickup"], rows[0]);
        Assert.Equal(SupervisorSeed.HostileQuestion, rows[1][0]);
    }

    [Fact]
    public async Task Csat_NoSurvey_ReportsNoAnswers()
    {
        var rows = Cells(await ReportAsync("csat"));

        Assert.Equal([["2026-03-02", "0", "null"], ["2026-03-03", "0", "null"]], rows);
    }

    [Fact]
    public async Task QuestionsCsv_HostileQuestion_IsQuotedAndDefused()
    {
        using var supervisor = await SupervisorAsync();

        var response = await supervisor.Client.GetAsync($"/api/supervisor/reports/questions.csv?{Period}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var csv = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("question,count,article\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\"), \"\"who\"\" pays?\nme\",1,missed-pickup\r\n", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from=2026-03-05&to=2026-03-01", "from")]
    [InlineData("from=yesterday&to=2026-03-01", "from")]
    [InlineData("from=2026-03-01&to=2026-3-1", "to")]
    [InlineData("from=2024-01-01&to=2026-03-01", "to")]
    public async Task Report_BadPeriod_IsProblemJson(string query, string field)
    {
        using var supervisor = await SupervisorAsync();

        foreach (var url in new[] { $"/api/supervisor/reports/volume?{query}", $"/api/supervisor/reports/volume.csv?{query}" })
        {
            var response = await supervisor.Client.GetAsync(url);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), url);
        }
    }

    [Fact]
    public async Task Report_UnknownChart_IsNotFoundProblem()
    {
        using var supervisor = await SupervisorAsync();

        var response = await supervisor.Client.GetAsync("/api/supervisor/reports/salaries.csv");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Dashboard_CaseOpenedToday_CountsItForItsDepartment()
    {
        await SupervisorSeed.OpenCaseAsync(factory.App, "Seed Department");
        using var supervisor = await SupervisorAsync();

        var counters = await supervisor.Client.GetFromJsonAsync<SupervisorCountersDto>("/api/supervisor/dashboard");

        Assert.Contains(new DepartmentCases("Seed Department", 1, 1, 0), counters!.Cases);
        Assert.Equal(60, counters.ServiceLevel.TargetSeconds);
        // The configured queues are listed even while empty, each with its own target.
        Assert.Contains(counters.Queues, q => q.Queue == "general/es" && q.SlaTargetSeconds == 180);
    }

    [Theory]
    [InlineData("/api/supervisor/dashboard")]
    [InlineData("/api/supervisor/reports/volume")]
    [InlineData("/api/supervisor/reports/questions.csv")]
    public async Task Endpoints_AgentOrEditor_AreForbiddenAndAnonymousUnauthorized(string url)
    {
        using var agent = await factory.App.SignInAsync(AgentAppFactory.AgentUser, AgentAppFactory.AgentPassword);
        using var editor = await factory.App.SignInAsync(StaffClient.Editor, StaffClient.EditorPassword);
        using var anonymous = factory.App.CreateClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await agent.Client.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Client.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(url)).StatusCode);
    }
}
