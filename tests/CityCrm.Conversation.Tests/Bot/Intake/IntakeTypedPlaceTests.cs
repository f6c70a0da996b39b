using CityCrm.Conversations.Model;

namespace CityCrm.Conversations.Tests.Bot.Intake;

/// <summary>A typed address or intersection checked against the demo city's streets while a report is taken.</summary>
public sealed class IntakeTypedPlaceTests
{
    // A pothole reported without a place, on SMS (a number) or web chat (null): the bot asks where it is.
    private static async Task<Conversation> AskedWhereAsync(BotHarness bot, string? phone)
    {
        var conversation = phone is null ? await bot.StartAsync() : await bot.StartAsync(phone, "sms");
        await bot.SayAsync(conversation, "there's a huge pothole");
        return conversation;
    }

    private static List<string> Buttons(Message m) => m.Activity.SuggestedActions?.Actions.Select(a => a.Title ?? "").ToList() ?? [];

    [Fact]
    public async Task Location_KnownAddress_FiledNormalizedWithItsPosition()
    {
        await using var bot = new BotHarness();
        var conversation = await AskedWhereAsync(bot, "+15550180001");

        await bot.SayAsync(conversation, "123 elm st apt 4");

        var opened = Assert.Single(bot.Cases.Opened);
        Assert.Equal("123 Elm Street, Apt 4", opened.Location);
        Assert.NotNull(opened.Point);
    }

    [Fact]
    public async Task Location_Intersection_FiledAtTheCrossing()
    {
        await using var bot = new BotHarness();
        var conversation = await AskedWhereAsync(bot, "+15550180002");

        await bot.SayAsync(conversation, "corner of oak and elm");

        var opened = Assert.Single(bot.Cases.Opened);
        Assert.Equal("Oak Street & Elm Street", opened.Location);
        Assert.NotNull(opened.Point);
    }

    [Fact]
    public async Task Location_Misspelt_OffersTheClosestStreetsAndTakesTheChoice()
    {
        await using var bot = new BotHarness();
        var conversation = await AskedWhereAsync(bot, null);

        var asked = Assert.Single(await bot.SayAsync(conversation, "123 Elm Stret"));
        Assert.StartsWith("I couldn't find \"123 Elm Stret\" exactly. Did you mean one of these?", asked.Text);
        Assert.Equal(["123 Elm Street", "None of these"], Buttons(asked));
        await bot.SayAsync(conversation, "123 Elm Street");
        await bot.SayAsync(conversation, "No updates");

        var opened = Assert.Single(bot.Cases.Opened);
        Assert.Equal("123 Elm Street", opened.Location);
        Assert.NotNull(opened.Point);
    }

    [Fact]
    public async Task Location_AmbiguousOnSms_ListsNumberedChoicesAndADigitPicks()
    {
        await using var bot = new BotHarness();
        var conversation = await AskedWhereAsync(bot, "+15550180003");

        var asked = Assert.Single(await bot.SayAsync(conversation, "40 oak"));
        Assert.Contains("\n1. 40 Oak Avenue\n2. 40 Oak Street\n3. None of these", asked.Text);
        await bot.SayAsync(conversation, "2");

        Assert.Equal("40 Oak Street", Assert.Single(bot.Cases.Opened).Location);
    }

    [Fact]
    public async Task Location_NoneOfTheSuggestions_AsksAgainWithTheFormsAccepted()
    {
        await using var bot = new BotHarness();
        var conversation = await AskedWhereAsync(bot, "+15550180004");
        await bot.SayAsync(conversation, "40 oak");

        var again = Assert.Single(await bot.SayAsync(conversation, "None of these"));

        Assert.StartsWith("Please give a street address (\"123 Elm Street\")", again.Text);
        Assert.Empty(bot.Cases.Opened);
    }

    [Fact]
    public async Task Location_UnknownStreet_SaysWhichThenALandmarkIsAccepted()
    {
        await using var bot = new BotHarness();
        var conversation = await AskedWhereAsync(bot, "+15550180005");

        var again = Assert.Single(await bot.SayAsync(conversation, "12 Zebra Crescent Street"));
        Assert.StartsWith("I couldn't find a street called Zebra Crescent Street in Riverton. Please give a street address", again.Text);
        Assert.Empty(bot.Cases.Opened);
        await bot.SayAsync(conversation, "behind the public library");

        Assert.Equal("behind the public library", Assert.Single(bot.Cases.Opened).Location);
    }

    [Fact]
    public async Task Location_NumberTheStreetDoesNotHave_GivesItsRange()
    {
        await using var bot = new BotHarness();
        var conversation = await AskedWhereAsync(bot, "+15550180006");

        var again = Assert.Single(await bot.SayAsync(conversation, "9000 Kestrel Lane"));

        Assert.StartsWith("Kestrel Lane has house numbers 1 to 399, so I couldn't find number 9000.", again.Text);
        Assert.Empty(bot.Cases.Opened);
    }

    [Fact]
    public async Task Location_SpanishCorner_ResolvedAndProblemsToldInSpanish()
    {
        await using var bot = new BotHarness();
        var conversation = await bot.StartAsync("+15550180007", "sms");
        await bot.Store.SetContactLanguageAsync(conversation.ContactId, "es", CancellationToken.None);
        await bot.SayAsync(conversation, "hay un pothole");

        var again = Assert.Single(await bot.SayAsync(conversation, "esquina de Elm y Oak Avenue"));
        Assert.StartsWith("Elm Street y Oak Avenue no se cruzan", again.Text);
        await bot.SayAsync(conversation, "esquina de Elm y 5th");

        Assert.Equal("Elm Street & 5th Avenue", Assert.Single(bot.Cases.Opened).Location);
    }
}
