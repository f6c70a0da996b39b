using System.Text.RegularExpressions;
using CityCrm.CaseCore;
using Microsoft.Extensions.DependencyInjection;
using static CityCrm.City311.Tests.Bot.ResidentChat;

namespace CityCrm.City311.Tests.Bot;

/// <summary>
/// Correcting one answer of a report on web chat (real host, SQLite, the demo catalogue): the resident names what to
/// change, that item alone is asked again, and the answers already given are filed as they were.
/// </summary>
public sealed class IntakeCorrectionTests(CityAppFactory factory) : IClassFixture<CityAppFactory>
{
    private async Task<Case> FiledAsync(string opened)
    {
        var reference = Regex.Match(opened, @"R-\d{6}").Value;
        Assert.NotEmpty(reference);
        return (await factory.Services.GetRequiredService<ICaseService>().FindAsync(reference, CancellationToken.None))!;
    }

    // A damaged sign asks two questions (which kind, what is wrong), then, the street being given, how to hear back.
    private static async Task<ResidentChat> AtUpdatesAsync(CityAppFactory factory, string street)
    {
        var chat = await ResidentChat.OpenAsync(factory);
        Assert.StartsWith("Which kind of sign?", Text(await chat.SayAsync($"a sign is damaged on {street}")));
        Assert.StartsWith("What is wrong with it?", Text(await chat.SayAsync("Stop sign")));
        Assert.StartsWith("How would you like to hear about this request?", Text(await chat.SayAsync("Bent or turned")));
        return chat;
    }

    [Fact]
    public async Task Correct_NamedQuestionAtTheLastStep_AsksOnlyThatAndKeepsTheOtherAnswers()
    {
        var chat = await AtUpdatesAsync(factory, "Juniper Street");

        Assert.StartsWith("Which kind of sign?", Text(await chat.SayAsync("change the kind of sign")));
        Assert.StartsWith("How would you like to hear about this request?", Text(await chat.SayAsync("Street name sign")));
        var filed = await FiledAsync(Text(await chat.SayAsync("No updates")));

        Assert.Equal(["street-name"], filed.Attributes["sign-type"]);
        Assert.Equal(["bent"], filed.Attributes["condition"]);
        Assert.Equal("Juniper Street", filed.Location);
    }

    [Fact]
    public async Task Correct_ChangeTheAddressAtTheLastStep_AsksWhereAndKeepsTheAnswers()
    {
        var chat = await AtUpdatesAsync(factory, "Laurel Street");

        Assert.Contains("Where is it?", Text(await chat.SayAsync("change the address")));
        Assert.StartsWith("How would you like to hear about this request?", Text(await chat.SayAsync("14 Hawthorn Street")));
        var filed = await FiledAsync(Text(await chat.SayAsync("No updates")));

        Assert.Equal("14 Hawthorn Street", filed.Location);
        Assert.Equal(["stop"], filed.Attributes["sign-type"]);
        Assert.Equal(["bent"], filed.Attributes["condition"]);
    }

    [Fact]
    public async Task Correct_EarlierQuestionMidWay_AsksItThenGoesOnWhereItWas()
    {
        var chat = await ResidentChat.OpenAsync(factory);
        await chat.SayAsync("a sign is damaged on Sycamore Street");
        Assert.StartsWith("What is wrong with it?", Text(await chat.SayAsync("Stop sign")));

        Assert.StartsWith("Which kind of sign?", Text(await chat.SayAsync("I want to change the sign type")));
        Assert.StartsWith("What is wrong with it?", Text(await chat.SayAsync("Other traffic sign")));
        await chat.SayAsync("Missing");
        var filed = await FiledAsync(Text(await chat.SayAsync("No updates")));

        Assert.Equal(["other-traffic"], filed.Attributes["sign-type"]);
        Assert.Equal(["missing"], filed.Attributes["condition"]);
    }

    [Fact]
    public async Task Correct_ChangeTheUpdatesWhenAskedForEmail_AsksHowToHearAgain()
    {
        var chat = await AtUpdatesAsync(factory, "Chestnut Street");
        Assert.Equal("What email address should we send the updates to?", Text(await chat.SayAsync("By email")));

        Assert.StartsWith("How would you like to hear about this request?", Text(await chat.SayAsync("change the updates")));
        var filed = await FiledAsync(Text(await chat.SayAsync("No updates")));

        Assert.Equal("Chestnut Street", filed.Location);
        Assert.Equal(["bent"], filed.Attributes["condition"]);
    }

    [Fact]
    public async Task Correct_CambiarLaDireccionAtTheLastStep_AsksWhereAgain()
    {
        var chat = await AtUpdatesAsync(factory, "Magnolia Street");

        var reply = Text(await chat.SayAsync("quiero cambiar la dirección"));

        Assert.Contains("¿Dónde está?", reply);
    }
}
