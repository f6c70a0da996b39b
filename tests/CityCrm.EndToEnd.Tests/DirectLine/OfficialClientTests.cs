using System.Text.Json;
using CityCrm.EndToEnd.Tests.Hosting;

namespace CityCrm.EndToEnd.Tests.DirectLine;

/// <summary>
/// The official Direct Line client (botframework-directlinejs 0.15.8, as Web Chat uses it) against the real
/// host process: a resident's token from the page endpoint, a conversation over WebSocket and over polling.
/// </summary>
public sealed class OfficialClientTests(CityHostFixture fixture) : IClassFixture<CityHostFixture>
{
    private const string Question = "when is my recycling picked up?";

    [Theory]
    [InlineData("websocket")]
    [InlineData("polling")]
    public async Task OfficialClient_AsksAboutRecycling_SeesOwnEchoThenBotAnswer(string mode)
    {
        var result = await NodeDirectLineClient.RunAsync(fixture.Host.BaseUri, mode, Question, expect: "recycl", wait: TimeSpan.FromSeconds(60));
        var described = NodeDirectLineClient.Describe(result) + "\nHost output:\n" + fixture.Host.Output;

        Assert.True(result.GetProperty("error").ValueKind == JsonValueKind.Null, described);
        Assert.Contains("Online", result.GetProperty("statuses").EnumerateArray().Select(s => s.GetString()));
        var activities = result.GetProperty("activities").EnumerateArray().ToList();
        var clientActivityId = result.GetProperty("clientActivityID").GetString();
        var echoAt = activities.FindIndex(a => a.GetProperty("clientActivityID").ValueKind == JsonValueKind.String
            && a.GetProperty("clientActivityID").GetString() == clientActivityId);
        Assert.True(echoAt >= 0, "The client never received its own activity back.\n" + described);

        var echo = activities[echoAt];
        Assert.Equal(result.GetProperty("postedId").GetString(), echo.GetProperty("id").GetString());
        Assert.Equal("user", echo.GetProperty("role").GetString());
        Assert.Equal(result.GetProperty("userId").GetString(), echo.GetProperty("fromId").GetString());
        Assert.Equal(Question, echo.GetProperty("text").GetString());
        Assert.Equal(result.GetProperty("conversationId").GetString(), echo.GetProperty("conversationId").GetString());

        var answers = activities.Skip(echoAt + 1)
            .Where(a => a.GetProperty("role").GetString() == "bot" && a.GetProperty("type").GetString() == "message")
            .Select(a => a.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "")
            .ToList();
        Assert.True(answers.Any(t => t.Contains("recycl", StringComparison.OrdinalIgnoreCase)),
            "No bot answer about recycling after the resident's question.\n" + described);
    }
}
