using System.Text.Json;
using CityCrm.Channels.Schema;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Tests.Bot;

namespace CityCrm.Conversations.Tests.Bot.Intake;

/// <summary>The report's questions one at a time: which service, the definition's questions, where, photos.</summary>
public sealed class IntakeStepsTests
{
    private static List<string> Buttons(Message m) => m.Activity.SuggestedActions?.Actions.Select(a => a.Title ?? "").ToList() ?? [];

    [Fact]
    public async Task Suggest_TwoServicesFit_AsksWhichWithButtonsThenTakesTheChoice()
    {
        await using var bot = new BotHarness();
        var conversation = await bot.StartAsync("+15550170001", "sms");

        var ask = Assert.Single(await bot.SayAsync(conversation, "the street light fell into a pothole on Elm Street"));
        Assert.Equal(["Pothole", "Street light out", "None of these"], Buttons(ask));
        Assert.Contains("1. Pothole\n2. Street light out\n3. None of these", ask.Text);
        Assert.Empty(bot.Cases.Opened);

        var done = Assert.Single(await bot.SayAsync(conversation, "2"));

        var opened = Assert.Single(bot.Cases.Opened);
        Assert.Equal(("streetlight-out", "Elm Street"), (opened.ServiceCode, opened.Location));
        Assert.Contains(opened.Reference, done.Text);
    }

    [Fact]
    public async Task Suggest_NoneOfThese_OffersAPersonAndWaitsForOtherWords()
    {
        await using var bot = new BotHarness();
        var conversation = await bot.StartAsync();
        await bot.SayAsync(conversation, "the street light fell into a pothole");

        var reply = Assert.Single(await bot.SayAsync(conversation, "None of these"));

        Assert.Contains("couldn't tell which service", reply.Text);
        Assert.Equal(["Talk to a person"], Buttons(reply));
        Assert.Empty(bot.Cases.Opened);
        Assert.Contains("\"report\"", (await bot.ReloadAsync(conversation)).BotState);
    }

    [Fact]
    public async Task Attribute_AnswerNotAChoice_AsksAgainPolitelyWithTheChoices()
    {
        await using var bot = new BotHarness();
        var conversation = await bot.StartAsync("+15550170002", "sms");
        var question = Assert.Single(await bot.SayAsync(conversation, "graffiti on Elm Street"));
        Assert.StartsWith("What is the graffiti on?", question.Text);
        Assert.Equal(["A wall", "A fence", "Something else"], Buttons(question));

        var again = Assert.Single(await bot.SayAsync(conversation, "a bus"));

        Assert.StartsWith("Sorry, I couldn't use that answer: please pick one of the choices. What is the graffiti on?", again.Text);
        Assert.Equal(["A wall", "A fence", "Something else"], Buttons(again));
        Assert.Empty(bot.Cases.Opened);
    }

    [Fact]
    public async Task Attribute_NumberAnsweredInWords_AsksForANumberThenFilesCanonicalAnswers()
    {
        await using var bot = new BotHarness();
        var conversation = await bot.StartAsync("+15550170003", "sms");
        await bot.SayAsync(conversation, "graffiti on Elm Street");
        var size = Assert.Single(await bot.SayAsync(conversation, "1"));
        Assert.StartsWith("About how many square feet", size.Text);

        var again = Assert.Single(await bot.SayAsync(conversation, "quite big"));
        Assert.Contains("please answer with a number", again.Text);
        await bot.SayAsync(conversation, "12");

        var opened = Assert.Single(bot.Cases.Opened);
        Assert.Equal(["wall"], opened.Attributes["surface"]);
        Assert.Equal(["12"], opened.Attributes["size"]);
        Assert.False(opened.Attributes.ContainsKey("other_surface"));
    }

    [Fact]
    public async Task Attribute_ConditionalQuestion_AskedOnlyWhenItsConditionHolds()
    {
        await using var bot = new BotHarness();
        var conversation = await bot.StartAsync("+15550170004", "sms");
        await bot.SayAsync(conversation, "graffiti on Elm Street");

        var follow = Assert.Single(await bot.SayAsync(conversation, "Something else"));
        Assert.StartsWith("What is it on, then?", follow.Text);
        await bot.SayAsync(conversation, "a mailbox");
        await bot.SayAsync(conversation, "3");

        var opened = Assert.Single(bot.Cases.Opened);
        Assert.Equal(["other"], opened.Attributes["surface"]);
        Assert.Equal(["a mailbox"], opened.Attributes["other_surface"]);
    }

    [Fact]
    public async Task Location_SharedOutsideTheCity_SaysSoAndAsksAgain()
    {
        await using var bot = new BotHarness();
        var conversation = await bot.StartAsync("+15550170005", "sms");
        await bot.SayAsync(conversation, "there's a huge pothole");

        var reply = Assert.Single(await bot.SendAsync(conversation, Located(41.8781, -87.6298)));

        Assert.Contains("outside the City of", reply.Text);
        Assert.Contains("Where is it?", reply.Text);
        Assert.Empty(bot.Cases.Opened);
    }

    [Fact]
    public async Task Location_SharedInsideTheCity_FilesTheReportAtThatPosition()
    {
        await using var bot = new BotHarness();
        var conversation = await bot.StartAsync("+15550170006", "sms");
        await bot.SayAsync(conversation, "there's a huge pothole");

        await bot.SendAsync(conversation, Located(42.3601, -71.0589));

        var opened = Assert.Single(bot.Cases.Opened);
        Assert.Equal(new CityCrm.CaseCore.GeoPoint(42.3601, -71.0589), opened.Point);
    }

    [Fact]
    public async Task Photo_SentOnItsOwnMidReport_ThankedAskedAgainAndFiledAsMedia()
    {
        await using var bot = new BotHarness();
        var conversation = await bot.StartAsync("+15550170007", "sms");
        await bot.SayAsync(conversation, "there's a huge pothole");

        var reply = Assert.Single(await bot.SendAsync(conversation, new Activity
        {
            Type = ActivityTypes.Message,
            Attachments = [new Attachment { ContentType = "image/jpeg", ContentUrl = "/api/agent/attachments/f00d", Name = "hole.jpg" }],
        }));
        Assert.StartsWith("Thanks, I've added your photo to the report.", reply.Text);
        Assert.Contains("Where is it?", reply.Text);
        await bot.SayAsync(conversation, "on Elm Street");

        Assert.Equal(["attachment:f00d"], Assert.Single(bot.Cases.Opened).Media);
    }

    // Web Chat sends a shared position as a schema.org Place with its coordinates.
    private static Activity Located(double latitude, double longitude) => new()
    {
        Type = ActivityTypes.Message,
        Entities =
        [
            new Entity
            {
                Type = "Place",
                Properties = new()
                {
                    ["geo"] = JsonSerializer.SerializeToElement(new { type = "GeoCoordinates", latitude, longitude }),
                },
            },
        ],
    };
}
