using System.Text.RegularExpressions;
using CityCrm.CaseCore;
using Microsoft.Extensions.DependencyInjection;
using static CityCrm.City311.Tests.Bot.ResidentChat;

namespace CityCrm.City311.Tests.Bot;

/// <summary>
/// A status question in the middle of a report on web chat (real host, SQLite, the demo catalogue): the status is told
/// and the report goes on at the question it was at, with its answers.
/// </summary>
public sealed class IntakeStatusTests(CityAppFactory factory) : IClassFixture<CityAppFactory>
{
    private static string Reference(string text) => Regex.Match(text, @"R-\d{6}").Value;

    // The resident's own earlier request, so the status is theirs to see.
    private static async Task<(ResidentChat Chat, string Earlier)> ReporterAsync(CityAppFactory factory, string street)
    {
        var chat = await ResidentChat.OpenAsync(factory);
        Assert.StartsWith("How would you like to hear about this request?", Text(await chat.SayAsync($"there is a pothole on {street}")));
        var earlier = Reference(Text(await chat.SayAsync("No updates")));
        Assert.NotEmpty(earlier);
        Assert.StartsWith("Which kind of sign?", Text(await chat.SayAsync($"a sign is damaged on {street}")));
        Assert.StartsWith("What is wrong with it?", Text(await chat.SayAsync("Stop sign")));
        return (chat, earlier);
    }

    [Fact]
    public async Task Status_WithReferenceMidReport_AnswersThenAsksTheSameQuestionAgain()
    {
        var (chat, earlier) = await ReporterAsync(factory, "Willow Street");

        var status = Text(await chat.SayAsync($"what is the status of {earlier}?"));
        Assert.StartsWith($"Request {earlier} (Pothole) at Willow Street is open", status);
        Assert.StartsWith("What is wrong with it?", Text(await chat.NextBotReplyAsync()));
        Assert.StartsWith("How would you like to hear about this request?", Text(await chat.SayAsync("Down")));
        var filed = Reference(Text(await chat.SayAsync("No updates")));

        var opened = await factory.Services.GetRequiredService<ICaseService>().FindAsync(filed, CancellationToken.None);
        Assert.Equal("damaged-sign", opened!.ServiceCode);
        Assert.Equal(["stop"], opened.Attributes["sign-type"]);
        Assert.Equal(["down"], opened.Attributes["condition"]);
    }

    [Fact]
    public async Task Status_WithoutReferenceMidReport_AsksForItThenResumes()
    {
        var (chat, earlier) = await ReporterAsync(factory, "Cedar Street");

        Assert.StartsWith("Sure. What is the request's reference number?", Text(await chat.SayAsync("what's the status of my request?")));
        Assert.StartsWith($"Request {earlier} (Pothole)", Text(await chat.SayAsync(earlier)));

        Assert.StartsWith("What is wrong with it?", Text(await chat.NextBotReplyAsync()));
    }

    [Fact]
    public async Task Status_NoReferenceGivenAfterAll_ReportWaitsAndCanBeContinued()
    {
        var (chat, _) = await ReporterAsync(factory, "Poplar Street");
        await chat.SayAsync("what's the status of my request?");

        await chat.SayAsync("when is trash picked up?");
        var offer = Text(await chat.SayAsync("I want to report a problem"));

        Assert.StartsWith("You were reporting: Damaged or missing street sign at Poplar Street.", offer);
        Assert.StartsWith("What is wrong with it?", Text(await chat.SayAsync("Continue")));
    }
}
