using CityCrm.Conversations.Model;
using CityCrm.Conversations.Tests.Bot;
using CityCrm.Knowledge;
using CityCrm.Knowledge.Insights;

namespace CityCrm.Conversations.Tests.Insights;

public sealed class AnswerFeedbackTests
{
    private const string Question = "when is my recycling picked up?";
    private static readonly KnowledgeHit Recycling =
        new("recycling-pickup", "Recycling pickup day", "Recycling is collected every other week on your trash day.", 0.91f) { Version = 4 };
    private static readonly KnowledgeHit Trash = new("trash-pickup", "Trash pickup day", "Trash is collected weekly.", 0.52f) { Version = 2 };

    [Fact]
    public async Task Question_ConfidentHit_RecordsTheAnswerWithTheCitedArticleVersion()
    {
        await using var bot = new BotHarness();
        bot.Knowledge.Add(Question, AnswerDecision.Answer, Recycling, Trash);
        var conversation = await bot.StartAsync();

        await bot.SayAsync(conversation, Question);

        var record = Assert.Single(bot.Answers.All);
        Assert.Equal(Question, record.Question);
        Assert.Equal(conversation.Id, record.ConversationId);
        Assert.Equal("webchat", record.Channel);
        Assert.Equal("en", record.Language);
        Assert.Equal(AnswerOutcome.Answered, record.Outcome);
        Assert.Equal(AnswerDecision.Answer, record.Decision);
        Assert.Equal(("recycling-pickup", 4), (record.ArticleId, record.ArticleVersion));
        Assert.Equal(["recycling-pickup", "trash-pickup"], record.Hits.Select(h => h.ArticleId));
        Assert.Equal([4, 2], record.Hits.Select(h => h.Version));
        var asked = (await bot.Store.GetMessagesAsync(conversation.Id, 0, 10, default)).Single(m => m.Direction == MessageDirection.Incoming);
        Assert.Equal(asked.Id, record.MessageId);
        Assert.Null(record.Helpful);
    }

    [Fact]
    public async Task Question_ConfidentHit_OffersTheFeedbackButtons()
    {
        await using var bot = new BotHarness();
        bot.Knowledge.Add(Question, AnswerDecision.Answer, Recycling);
        var conversation = await bot.StartAsync();

        var reply = Assert.Single(await bot.SayAsync(conversation, Question));

        var actions = reply.Activity.SuggestedActions!.Actions;
        Assert.Contains(actions, a => a.Type == "imBack" && a.Title == "Yes, that helped");
        Assert.Contains(actions, a => a.Type == "imBack" && a.Title == "No");
    }

    [Fact]
    public async Task Feedback_NoRightAfterTheAnswer_RecordsNotHelpfulAndOffersPersonOrReport()
    {
        await using var bot = new BotHarness();
        bot.Knowledge.Add(Question, AnswerDecision.Answer, Recycling);
        var conversation = await bot.StartAsync();
        await bot.SayAsync(conversation, Question);

        var reply = Assert.Single(await bot.SayAsync(conversation, "No"));

        Assert.Contains("rephrase", reply.Text);
        Assert.Equal(["Talk to a person", "Report a problem"], reply.Activity.SuggestedActions!.Actions.Select(a => a.Title));
        var record = Assert.Single(bot.Answers.All);
        Assert.False(record.Helpful);
        Assert.NotNull(record.FeedbackAt);
        Assert.Equal([Question], bot.Knowledge.Asked);
    }

    [Theory]
    [InlineData("Yes, that helped")]
    [InlineData("y")]
    [InlineData("Sí")]
    [InlineData("reply YES")]
    public async Task Feedback_YesRightAfterTheAnswer_RecordsHelpfulAndThanks(string text)
    {
        await using var bot = new BotHarness();
        bot.Knowledge.Add(Question, AnswerDecision.Answer, Recycling);
        var conversation = await bot.StartAsync();
        await bot.SayAsync(conversation, Question);

        var reply = Assert.Single(await bot.SayAsync(conversation, text));

        Assert.Contains("Glad", reply.Text);
        Assert.True(Assert.Single(bot.Answers.All).Helpful);
    }

    [Fact]
    public async Task Feedback_NoAfterAnotherQuestion_IsANewQuestionNotFeedback()
    {
        await using var bot = new BotHarness();
        bot.Knowledge.Add(Question, AnswerDecision.Answer, Recycling);
        var conversation = await bot.StartAsync();
        await bot.SayAsync(conversation, Question);
        await bot.SayAsync(conversation, "hello");

        await bot.SayAsync(conversation, "no");

        Assert.Null(bot.Answers.All[0].Helpful);
        Assert.Equal([Question, "no"], bot.Knowledge.Asked);
    }

    [Fact]
    public async Task Feedback_SecondNo_IsNotRecordedTwice()
    {
        await using var bot = new BotHarness();
        bot.Knowledge.Add(Question, AnswerDecision.Answer, Recycling);
        var conversation = await bot.StartAsync();
        await bot.SayAsync(conversation, Question);
        await bot.SayAsync(conversation, "no");

        await bot.SayAsync(conversation, "yes");

        Assert.False(bot.Answers.All[0].Helpful);
        Assert.Equal(AnswerOutcome.Declined, bot.Answers.All[1].Outcome);
    }

    [Fact]
    public async Task Question_Unknown_RecordsADeclinedQuestion()
    {
        await using var bot = new BotHarness();
        var conversation = await bot.StartAsync();

        await bot.SayAsync(conversation, "can I keep chickens in my backyard");

        var record = Assert.Single(bot.Answers.All);
        Assert.Equal(AnswerOutcome.Declined, record.Outcome);
        Assert.Null(record.ArticleId);
        Assert.True(record.NeedsAttention);
    }

    [Fact]
    public async Task Question_Ambiguous_RecordsOfferedChoicesWithoutACitedArticle()
    {
        await using var bot = new BotHarness();
        bot.Knowledge.Add("pickup", AnswerDecision.Clarify, Recycling, Trash);
        var conversation = await bot.StartAsync();

        await bot.SayAsync(conversation, "pickup");

        var record = Assert.Single(bot.Answers.All);
        Assert.Equal(AnswerOutcome.OfferedChoices, record.Outcome);
        Assert.Null(record.ArticleId);
    }

    [Fact]
    public async Task Handoff_AfterAnAnswer_IsRecordedOnThatAnswer()
    {
        await using var bot = new BotHarness();
        bot.Knowledge.Add(Question, AnswerDecision.Answer, Recycling);
        var conversation = await bot.StartAsync();
        await bot.SayAsync(conversation, Question);

        await bot.SayAsync(conversation, "Talk to a person");

        Assert.Equal(ConversationStatus.Queued, (await bot.ReloadAsync(conversation)).Status);
        var record = Assert.Single(bot.Answers.All);
        Assert.NotNull(record.HandoffAt);
        Assert.True(record.NeedsAttention);
    }

    [Fact]
    public async Task Handoff_WithoutAnyAnswer_RecordsNothing()
    {
        await using var bot = new BotHarness();
        var conversation = await bot.StartAsync();

        await bot.SayAsync(conversation, "Talk to a person");

        Assert.Empty(bot.Answers.All);
    }
}
