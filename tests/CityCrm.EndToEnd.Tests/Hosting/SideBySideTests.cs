using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CityCrm.EndToEnd.Tests.Hosting;

public sealed class SideBySideTests
{
    [Fact]
    public async Task TwoInstances_DifferentDataFolders_RunAtOnceWithSeparateState()
    {
        await using var first = await CityHostProcess.StartAsync(CancellationToken.None);
        await using var second = await CityHostProcess.StartAsync(CancellationToken.None);
        using var a = new HttpClient { BaseAddress = first.BaseUri };
        using var b = new HttpClient { BaseAddress = second.BaseUri };

        var token = (await (await a.PostAsync("/webchat/token", null)).Content.ReadFromJsonAsync<JsonObject>())!;
        var startOnFirst = await PostWithTokenAsync(a, "/v3/directline/conversations", token["token"]!.GetValue<string>());
        var startOnSecond = await PostWithTokenAsync(b, "/v3/directline/conversations", token["token"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, (await b.GetAsync("/health")).StatusCode);
        Assert.True(startOnFirst.IsSuccessStatusCode, first.Output);
        // Each instance signs its own tokens and keeps its own database: A's token means nothing to B.
        Assert.Equal(HttpStatusCode.Forbidden, startOnSecond.StatusCode);
        foreach (var host in new[] { first, second })
        {
            Assert.True(File.Exists(Path.Combine(host.DataDirectory, "citycrm.db")));
            Assert.True(Directory.Exists(Path.Combine(host.DataDirectory, "index")));
        }
    }

    private static Task<HttpResponseMessage> PostWithTokenAsync(HttpClient http, string path, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return http.SendAsync(request);
    }
}
