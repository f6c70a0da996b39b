using CityCrm.CaseCore;
using CityCrm.Conversations.Model;
using CityCrm.Knowledge;

namespace CityCrm.Conversations.Tests.Bot;

public sealed class CityBotTests
{
    private static readonly KnowledgeHit Recycling = new("recycling-pickup", "Recycling pickup day", "Recycling is collected every other week on your trash day.", 9.1f);

    [Fact]
    public async Task Start_NewConversation_BotGreetsWithButtons()
    {
        await using var bot = new BotHarness();

        var conversation = await bot.StartAsync();

        var greeting = Assert.Single(await bot.Store.GetMessagesAsync(conversation.Id, 0, 10, default));
        Assert.Equal(AuthorKind.Bot, greeting.AuthorKind);
        Assert.Contains("Riverton", greeting.Text);
        Assert.Contains(greeting.Activity.SuggestedActions!.Actions, a => a.Title == "Talk to a person");
    }

    [Fact]
    public async Task Question_ConfidentHit_AnswersWithSummaryAndArticleLink()
    {
        await using var bot = new BotHarness();
        bot.Knowledge.Add("when is my recycling picked up?", AnswerDecision.Answer, Recycling);
        var conversation = await bot.StartAsync();

        var reply = Assert.Single(await bot.SayAsync(conversation, "when is my recycling picked up?"));

        Assert.Contains(Recycling.Summary, reply.Text);
        Assert.Contains("/kb/recycling-pickup", reply.Text);
        Assert.Contains(reply.Activity.SuggestedActions!.Actions, a => a.Type == "openUrl" && a.Value == "/kb/recycling-pickup");
        Assert.Equal("citation", Assert.Single(reply.Activity.Entities!).Type);
    }

    [Fact]
    public async Task Question_Unknown_OffersRephraseHandoffOrReport()
    {
        await using var bot = new BotHarness();
        var conversation = await bot.StartAsync();

        var reply = Assert.Single(await bot.SayAsync(conversation, "what is the airspeed of a swallow"));

        Assert.Contains("rephrase", reply.Text);
        var titles = reply.Activity.SuggestedActions!.Actions.Select(a => a.Title).ToList();
        Assert.Equal(["Talk to a person", "Report a problem"], titles);
    }

    [Fact]
    public async Task Question_Ambiguous_OffersTheCandidateArticles()
    {
        await using var bot = new BotHarness();
        var trash = new KnowledgeHit("trash-pickup", "Trash pickup day", "Trash is collected weekly.", 5f);
        bot.Knowledge.Add("pickup", AnswerDecision.Clarify, Recycling, trash);
        var conversation = await bot.StartAsync();

        var reply = Assert.Single(await bot.SayAsync(conversation, "pickup"));

        var titles = reply.Activity.SuggestedActions!.Actions.Select(a => a.Title).ToList();
        Assert.Equal(["Recycling pickup day", "Trash pickup day", "Talk to a person"], titles);
    }

    [Fact]
    public async Task Handoff_AskForPerson_QueuesConversationAfterTellingResident()
    {
        await using var bot = new BotHarness();
        var conversation = await bot.StartAsync();

        var reply = Assert.Single(await bot.SayAsync(conversation, "I want to talk to a person"));

        Assert.Contains("connecting you", reply.Text);
        Assert.Equal(ConversationStatus.Queued, (await bot.ReloadAsync(conversation)).Status);
    }

    [Fact]
    public async Task Handoff_Queued_BotStaysSilentOnNextMessage()
    {
        await using var bot = new BotHarness();
        var conversation = await bot.StartAsync();
        await bot.SayAsync(conversation, "agent");

        Assert.Empty(await bot.SayAsync(conversation, "hello? are you there"));
    }

    [Fact]
    public async Task Report_WithServiceAndLocation_AsksHowToUpdateThenOpensCaseAndGivesReference()
    {
        await using var bot = new BotHarness();
        var conversation = await bot.StartAsync();
        var ask = Assert.Single(await bot.SayAsync(conversation, "there is a pothole on Elm Street"));
        Assert.StartsWith("How would you like to hear about this request?", ask.Text);
        Assert.Empty(bot.Cases.Opened);

        var reply = Assert.Single(await bot.SayAsync(conversation, "Here in this chat"));

        var opened = Assert.Single(bot.Cases.Opened);
        Assert.Equal(("pothole", "Elm Street", conversation.ContactId), (opened.ServiceCode, opened.Location, opened.ContactId));
        Assert.Equal("there is a pothole on Elm Street", opened.Description);
        Assert.Contains(opened.Reference, reply.Text);
    }

    [Fact]
    public async Task Report_WithoutLocation_AsksThenOpensWithTheAnswer()
    {
        await using var bot = new BotHarness();
        var conversation = await bot.StartAsync();

        var ask = Assert.Single(await bot.SayAsync(conversation, "there's a huge pothole"));
        Assert.Contains("Where", ask.Text);
        Assert.Empty(bot.Cases.Opened);

        await bot.SayAsync(conversation, "in front of the library on Main");
        var done = Assert.Single(await bot.SayAsync(conversation, "Here in this chat"));

        var opened = Assert.Single(bot.Cases.Opened);
        Assert.Equal("in front of the library on Main", opened.Location);
        Assert.Equal("there's a huge pothole", opened.Description);
        Assert.Contains(opened.Reference, done.Text);
        Assert.Null((await bot.ReloadAsync(conversation)).BotState);
    }

    [Fact]
    public async Task Status_OwnCase_AnswersFromTheCase()
    {
        await using var bot = new BotHarness();
        var conversation = await bot.StartAsync();
        await ReportPotholeAsync(bot, conversation);
        var reference = bot.Cases.Opened[0].Reference;

        var reply = Assert.Single(await bot.SayAsync(conversation, $"what is the status of {reference}?"));

        Assert.Contains($"Request {reference} (Pothole) at Elm Street is open", reply.Text);
    }

    [Fact]
    public async Task Status_SomeoneElsesCase_SaysNotFound()
    {
        await using var bot = new BotHarness();
        var owner = await bot.StartAsync("dl_owner");
        await ReportPotholeAsync(bot, owner);
        var reference = bot.Cases.Opened[0].Reference;
        var other = await bot.StartAsync("dl_other");

        var reply = Assert.Single(await bot.SayAsync(other, $"status of {reference}"));

        Assert.Contains("couldn't find", reply.Text);
        Assert.DoesNotContain("Elm Street", reply.Text);
    }

    [Fact]
    public async Task SkillCalls_AreAudited()
    {
        await using var bot = new BotHarness();
        bot.Knowledge.Add("when is my recycling picked up?", AnswerDecision.Answer, Recycling);
        var conversation = await bot.StartAsync();

        await bot.SayAsync(conversation, "when is my recycling picked up?");
        await ReportPotholeAsync(bot, conversation);

        Assert.Collection(bot.Audit.Records,
            r => Assert.Equal(("knowledge.search", conversation.Id), (r.Action, r.ConversationId)),
            r => Assert.Equal(("cases.open", conversation.Id), (r.Action, r.ConversationId)));
        Assert.Contains("top=recycling-pickup", bot.Audit.Records[0].Outcome);
        Assert.StartsWith("case=R-", bot.Audit.Records[1].Outcome);
    }

    [Fact]
    public async Task Reply_ValuesWithMarkup_AreInsertedVerbatimNotEncoded()
    {
        await using var bot = new BotHarness();
        var odd = new KnowledgeHit("fees", "Fees & charges", "Fees are <$20 & due \"monthly\".", 3f);
        bot.Knowledge.Add("fees", AnswerDecision.Answer, odd);
        var conversation = await bot.StartAsync();

        var reply = Assert.Single(await bot.SayAsync(conversation, "fees"));

        Assert.StartsWith(odd.Summary, reply.Text);
        Assert.Contains("Fees & charges", reply.Text);
        Assert.DoesNotContain("&amp;", reply.Text);
    }

    // On the web chat the bot asks how to send updates before it files the report.
    private static async Task ReportPotholeAsync(BotHarness bot, Conversation conversation)
    {
        await bot.SayAsync(conversation, "there is a pothole on Elm Street");
        await bot.SayAsync(conversation, "Here in this chat");
    }
}
