using System.Text.Json.Nodes;
using CityCrm.CaseCore;
using CityCrm.Open311.Tests.Support;

namespace CityCrm.Open311.Tests;

/// <summary>GET requests: filters, the spec's window and limits, paging; single requests and tokens.</summary>
public abstract class GetRequestsTests(Open311AppFactory factory)
{
    [Fact]
    public async Task GetRequests_StatusFilter_SeparatesOpenFromClosed()
    {
        var (open, closed) = await OpenAndClosedAsync("status");

        var closedOnes = await IdsAsync("/open311/v2/requests.json?status=closed");
        var openOnes = await IdsAsync("/open311/v2/requests.json?status=open");

        Assert.Contains(closed, closedOnes);
        Assert.DoesNotContain(open, closedOnes);
        Assert.Contains(open, openOnes);
        Assert.DoesNotContain(closed, openOnes);
    }

    [Fact]
    public async Task GetRequests_ServiceRequestIds_OverrideEveryOtherFilter()
    {
        var (open, closed) = await OpenAndClosedAsync("ids");

        var found = await IdsAsync($"/open311/v2/requests.json?service_request_id={open},{closed}&status=closed&service_code=none");

        Assert.Equal([closed, open], found);
    }

    [Fact]
    public async Task GetRequests_ServiceCode_ListsOnlyThatService()
    {
        var (billing, _) = await Open311Calls.CreateAsync(factory.CreateClient(),
            [("api_key", Open311AppFactory.ApiKey), ("service_code", TestCatalog.Billing), ("description", "Why is my bill so high?")]);
        await OpenAndClosedAsync("code");

        var found = await IdsAsync($"/open311/v2/requests.json?service_code={TestCatalog.Billing}");

        Assert.Contains(billing, found);
        var services = (await Open311Calls.JsonAsync(factory.CreateClient(), $"/open311/v2/requests.json?service_code={TestCatalog.Billing}"))
            .AsArray().Select(r => r!["service_code"]!.GetValue<string>()).Distinct();
        Assert.Equal([TestCatalog.Billing], services);
    }

    [Fact]
    public async Task GetRequests_Pages_DoNotOverlap()
    {
        await OpenAndClosedAsync("paging");

        var first = await IdsAsync("/open311/v2/requests.json?page_size=1&page=1");
        var second = await IdsAsync("/open311/v2/requests.json?page_size=1&page=2");

        Assert.Single(first);
        Assert.Single(second);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task GetRequests_WindowInTheFuture_IsEmpty()
    {
        await OpenAndClosedAsync("future");
        var start = DateTimeOffset.UtcNow.AddDays(10).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");

        var found = await IdsAsync($"/open311/v2/requests.json?start_date={start}");

        Assert.Empty(found);
    }

    [Theory]
    [InlineData("start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z", "may not span more than 90 days")]
    [InlineData("start_date=2026-02-30T00:00:00Z", "start_date '2026-02-30T00:00:00Z' is not a date")]
    [InlineData("start_date=2026-03-01T00:00:00Z&end_date=2026-02-01T00:00:00Z", "end_date is before start_date")]
    [InlineData("status=pending", "status 'pending' is neither open nor closed")]
    [InlineData("page_size=5000", "page_size '5000' must be a whole number from 1 to 1000")]
    [InlineData("page=0", "page '0' must be a whole number")]
    public async Task GetRequests_BadFilter_Answers400(string query, string expected)
    {
        var response = await factory.CreateClient().GetAsync($"/open311/v2/requests.json?{query}");

        var errors = await Open311Calls.ErrorsAsync(response, 400);

        Assert.Contains(errors, e => e.Contains(expected));
    }

    [Fact]
    public async Task GetRequest_UnknownId_Answers404()
    {
        var response = await factory.CreateClient().GetAsync("/open311/v2/requests/R-999999.json");

        Assert.Contains("service_request_id 'R-999999'", Assert.Single(await Open311Calls.ErrorsAsync(response, 404)));
    }

    [Fact]
    public async Task GetToken_IssuedToken_AnswersItsRequestId()
    {
        var (reference, token) = await Open311Calls.CreateAsync(factory.CreateClient(), Open311Calls.ValidPothole("token@example.org"));

        var answer = (await Open311Calls.JsonAsync(factory.CreateClient(), $"/open311/v2/tokens/{token}.json")).AsArray().Single()!;

        Assert.Equal(reference, answer["service_request_id"]!.GetValue<string>());
        Assert.Equal(token, answer["token"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetToken_UnknownToken_Answers404()
    {
        var response = await factory.CreateClient().GetAsync("/open311/v2/tokens/0123456789abcdef.xml");

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Contains("<description>token '0123456789abcdef' was not issued here.</description>", await response.Content.ReadAsStringAsync());
    }

    private async Task<(string Open, string Closed)> OpenAndClosedAsync(string tag)
    {
        var client = factory.CreateClient();
        var (open, _) = await Open311Calls.CreateAsync(client, Open311Calls.ValidPothole($"open-{tag}@example.org"));
        var (closed, _) = await Open311Calls.CreateAsync(client, Open311Calls.ValidPothole($"closed-{tag}@example.org"));
        await factory.Get<ICaseWorkflow>().CloseAsync(closed, "agent", "Repaired.", CancellationToken.None);
        return (open, closed);
    }

    private async Task<IReadOnlyList<string>> IdsAsync(string path) =>
        (await Open311Calls.JsonAsync(factory.CreateClient(), path)).AsArray()
            .Select(r => r!["service_request_id"]!.GetValue<string>()).ToList();
}
