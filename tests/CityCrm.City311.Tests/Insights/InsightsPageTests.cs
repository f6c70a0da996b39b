using System.Net;

namespace CityCrm.City311.Tests.Insights;

/// <summary>The editors' insights page is served as static files from the host, with no third-party script.</summary>
public sealed class InsightsPageTests(CityAppFactory factory) : IClassFixture<CityAppFactory>
{
    [Theory]
    [InlineData("/kb/insights/")]
    [InlineData("/kb/insights")]
    public async Task Page_Folder_ServesTheInsightsPageWithBothTabs(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Unanswered questions", html);
        Assert.Contains("Articles", html);
        Assert.Contains("src=\"/kb/insights/insights.js\"", html);
        Assert.DoesNotContain("https://", html);
    }

    [Theory]
    [InlineData("/kb/insights/insights.js")]
    [InlineData("/kb/insights/render.js")]
    [InlineData("/kb/insights/insights.css")]
    public async Task Page_Assets_AreServed(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("innerHTML", await response.Content.ReadAsStringAsync());
    }
}
