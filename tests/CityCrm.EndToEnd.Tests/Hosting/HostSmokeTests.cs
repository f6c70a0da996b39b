using System.Net;

namespace CityCrm.EndToEnd.Tests.Hosting;

public sealed class HostSmokeTests(CityHostFixture fixture) : IClassFixture<CityHostFixture>
{
    [Fact]
    public async Task Health_RunningHost_ReturnsOkAndCreatesDatabaseInDataFolder()
    {
        using var http = new HttpClient { BaseAddress = fixture.Host.BaseUri };

        var response = await http.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(File.Exists(Path.Combine(fixture.Host.DataDirectory, "citycrm.db")), fixture.Host.Output);
    }
}
