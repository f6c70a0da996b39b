using CityCrm.Conversations.Bot;
using CityCrm.Conversations.Contacts;
using CityCrm.Conversations.Model;
using CityCrm.Knowledge;

namespace CityCrm.Conversations.Tests.Bot;

/// <summary>The same bot on a text line and a phone line: short answers, spoken answers, and a caller's "text me".</summary>
public sealed class ChannelRepliesTests
{
    private const string Caller = "+15555550142";

    private static readonly Article Trash = new("trash-pickup", "Trash pickup day", "Trash is collected once a week on your street's day. [Look it up](https://riverton.example/trash) online.",
        "Body", [], [], "Public Works")
    {
        SmsAnswer = "Trash goes out once a week on your street's day. Find yours at riverton.example/trash.",
    };

    private static readonly KnowledgeHit TrashHit = new(Trash.Id, Trash.Title, Trash.Summary, 0.9f);

    private static async Task<BotHarness> HarnessAsync()
    {
        var bot = new BotHarness();
        await bot.Articles.UpsertAsync(Trash, CancellationToken.None);
        bot.Knowledge.Add("when is trash day", AnswerDecision.Answer, TrashHit);
        return bot;
    }

    [Fact]
    public async Task Answer_OnTheTextLine_SendsTheArticlesSmsVariantAndAsksYesOrNo()
    {
        await using var bot = await HarnessAsync();
        var conversation = await bot.StartAsync(Caller, "sms");

        var reply = Assert.Single(await bot.SayAsync(conversation, "when is trash day"));

        Assert.Equal($"{Trash.SmsAnswer}\nDid that help? Reply YES or NO.", reply.Text);
    }

    [Fact]
    public async Task Answer_OnThePhoneLine_SpeaksPlainSentencesWithoutLinks()
    {
        await using var bot = await HarnessAsync();
        var conversation = await bot.StartAsync(Caller, "phone");

        var reply = Assert.Single(await bot.SayAsync(conversation, "when is trash day"));

        Assert.StartsWith("Trash is collected once a week on your street's day. Look it up online.", reply.Text);
        Assert.Contains("say text me", reply.Text);
        Assert.DoesNotContain("http", reply.Text);
    }

    [Fact]
    public async Task Clarify_OnTheTextLine_NamesTheChoicesInTheText()
    {
        await using var bot = await HarnessAsync();
        bot.Knowledge.Add("bins", AnswerDecision.Clarify, TrashHit, new KnowledgeHit("recycling", "Recycling pickup", "Every other week.", 0.5f));
        var conversation = await bot.StartAsync(Caller, "sms");

        var reply = Assert.Single(await bot.SayAsync(conversation, "bins"));

        Assert.Contains("Trash pickup day; Recycling pickup", reply.Text);
    }

    [Fact]
    public async Task TextMe_OnACallAfterAnAnswer_PutsTheLinkInTheCallersTextConversation()
    {
        await using var bot = await HarnessAsync();
        var call = await bot.StartAsync(Caller, "phone");
        await bot.SayAsync(call, "when is trash day");

        var reply = Assert.Single(await bot.SayAsync(call, "text me the link"));

        Assert.Equal("Done. I've sent it to your phone by text message.", reply.Text);
        var contact = await bot.Store.GetOrCreateContactAsync("sms", Caller, null, CancellationToken.None);
        var texts = await bot.Store.FindLatestAsync("sms", contact.Id, CancellationToken.None);
        var sent = Assert.Single(await bot.Store.GetMessagesAsync(texts!.Id, 0, 10, CancellationToken.None));
        Assert.Equal(AuthorKind.Bot, sent.AuthorKind);
        Assert.Contains("Trash pickup day", sent.Text);
        Assert.Contains("/kb/trash-pickup", sent.Text);
    }

    [Fact]
    public async Task TextMe_CallerOptedOutOfTexts_SaysSoAndSendsNothing()
    {
        await using var bot = await HarnessAsync();
        await bot.OptOuts.RecordAsync(new ConsentChange("sms", Caller, "sms", true, "STOP", DateTimeOffset.UtcNow), CancellationToken.None);
        var call = await bot.StartAsync(Caller, "phone");
        await bot.SayAsync(call, "when is trash day");

        var reply = Assert.Single(await bot.SayAsync(call, "text me"));

        Assert.StartsWith("Your number has opted out of our text messages", reply.Text);
        var contact = await bot.Store.GetOrCreateContactAsync("sms", Caller, null, CancellationToken.None);
        Assert.Null(await bot.Store.FindLatestAsync("sms", contact.Id, CancellationToken.None));
    }

    [Fact]
    public async Task TextMe_BeforeAnyAnswer_AsksForAQuestionFirst()
    {
        await using var bot = await HarnessAsync();
        var call = await bot.StartAsync(Caller, "phone");

        var reply = Assert.Single(await bot.SayAsync(call, "text me"));

        Assert.StartsWith("I haven't given you a link or a request number yet", reply.Text);
    }

    [Fact]
    public async Task TextMe_OnTheWebChat_SaysItCannotText()
    {
        await using var bot = await HarnessAsync();
        var chat = await bot.StartAsync();
        await bot.SayAsync(chat, "when is trash day");

        var reply = Assert.Single(await bot.SayAsync(chat, "text me"));

        Assert.Equal("Sorry, I can't send text messages from here.", reply.Text);
    }
}
