using CityCrm.CaseCore.Duplicates;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Tests.Bot;
using CityCrm.Knowledge;
using CityCrm.Knowledge.Answers;

namespace CityCrm.Conversations.Tests.Bot.Intake;

/// <summary>Corrections, cancelling, a question in the middle, a person, Spanish, and how updates are sent.</summary>
public sealed class IntakeRecoveryTests
{
    private static List<string> Buttons(Message m) => m.Activity.SuggestedActions?.Actions.Select(a => a.Title ?? "").ToList() ?? [];

    [Fact]
    public async Task Correct_ActuallyOnAnotherStreet_ChangesThePlaceBeforeFiling()
    {
        await using var bot = new BotHarness();
        var conversation = await bot.StartAsync();
        await bot.SayAsync(conversation, "there is a pothole on Elm Street");

        var reply = Assert.Single(await bot.SayAsync(conversation, "actually it's on Oak St"));
        Assert.StartsWith("Thanks, I've changed the place to Oak St.", reply.Text);
        await bot.SayAsync(conversation, "No updates");

        var opened = Assert.Single(bot.Cases.Opened);
        Assert.Equal("Oak Street", opened.Location);
        Assert.Equal(UpdatePreference.None, Assert.Single(bot.Followers.All).Updates);
    }

    [Fact]
    public async Task Correct_ChangeTheLocation_AsksWhereAgain()
    {
        await using var bot = new BotHarness();
        var conversation = await bot.StartAsync();
        await bot.SayAsync(conversation, "there is a pothole on Elm Street");

        var reply = Assert.Single(await bot.SayAsync(conversation, "change the location"));

        Assert.Contains("Where is it?", reply.Text);
        Assert.Empty(bot.Cases.Opened);
    }

    [Fact]
    public async Task Cancel_MidReport_DropsItAndFilesNothing()
    {
        await using var bot = new BotHarness();
        var conversation = await bot.StartAsync("+15550170101", "sms");
        await bot.SayAsync(conversation, "graffiti on Elm Street");

        var reply = Assert.Single(await bot.SayAsync(conversation, "cancel"));

        Assert.Contains("cancelled", reply.Text);
        Assert.Null((await bot.ReloadAsync(conversation)).BotState);
        Assert.Empty(bot.Cases.Opened);
    }

    [Fact]
    public async Task Resume_QuestionMidReport_AnswersItThenOffersToContinueWhereItStopped()
    {
        await using var bot = new BotHarness();
        bot.Knowledge.Add("when is trash picked up?", AnswerDecision.Answer, new KnowledgeHit("trash", "Trash day", "Trash is picked up weekly.", 3f));
        var conversation = await bot.StartAsync("+15550170102", "sms");
        await bot.SayAsync(conversation, "graffiti on Elm Street");

        var answer = Assert.Single(await bot.SayAsync(conversation, "when is trash picked up?"));
        Assert.Contains("Trash is picked up weekly.", answer.Text);
        var offer = Assert.Single(await bot.SayAsync(conversation, "I want to report a problem"));
        Assert.StartsWith("You were reporting: Graffiti at Elm Street.", offer.Text);
        Assert.Equal(["Continue", "Start a new report"], Buttons(offer));

        var question = Assert.Single(await bot.SayAsync(conversation, "1"));

        Assert.StartsWith("What is the graffiti on?", question.Text);
    }

    [Fact]
    public async Task Handoff_MidReport_AgentIsToldWhatWasBeingReported()
    {
        await using var bot = new BotHarness();
        var conversation = await bot.StartAsync("+15550170103", "sms");
        await bot.SayAsync(conversation, "graffiti on Elm Street");

        await bot.SayAsync(conversation, "I want to talk to a person");

        var queued = await bot.ReloadAsync(conversation);
        Assert.Equal(ConversationStatus.Queued, queued.Status);
        Assert.Equal("Resident asked for a person while reporting: Graffiti at Elm Street", queued.HandoffReason);
        Assert.Empty(bot.Cases.Opened);
    }

    [Fact]
    public async Task Spanish_ResidentKnownToSpeakIt_QuestionsAndButtonsInSpanish()
    {
        await using var bot = new BotHarness();
        var conversation = await bot.StartAsync();
        await bot.Store.SetContactLanguageAsync(conversation.ContactId, "es", CancellationToken.None);

        var which = Assert.Single(await bot.SayAsync(conversation, "hay un pothole y una street light rota en Elm Street"));
        Assert.StartsWith("Quiero asegurarme de registrarlo correctamente.", which.Text);
        Assert.Equal(["Pothole", "Street light out", "Ninguno de estos"], Buttons(which));
        var updates = Assert.Single(await bot.SayAsync(conversation, "Pothole"));
        Assert.Equal(["Aquí en este chat", "Por mensaje de texto", "Por correo electrónico", "Sin avisos"], Buttons(updates));

        await bot.SayAsync(conversation, "Por correo electrónico");

        Assert.Equal("pothole", Assert.Single(bot.Cases.Opened).ServiceCode);
        Assert.Equal(UpdatePreference.Email, Assert.Single(bot.Followers.All).Updates);
    }

    [Fact]
    public async Task Updates_WebChat_AskedBeforeFilingAndKeptWithTheReporter()
    {
        await using var bot = new BotHarness();
        var conversation = await bot.StartAsync();

        var ask = Assert.Single(await bot.SayAsync(conversation, "there is a pothole on Elm Street"));
        Assert.Equal(["Here in this chat", "By text message", "By email", "No updates"], Buttons(ask));
        // Web chat has no number to text: it is asked for, then the report is filed.
        var askPhone = Assert.Single(await bot.SayAsync(conversation, "By text message"));
        Assert.Equal("What number should we text the updates to?", askPhone.Text);
        Assert.Empty(bot.Cases.Opened);
        await bot.SayAsync(conversation, "617-555-0170");

        var opened = Assert.Single(bot.Cases.Opened);
        var reporter = Assert.Single(bot.Followers.All);
        Assert.Equal((opened.Reference, FollowerKind.Reporter, UpdatePreference.Sms), (reporter.CaseReference, reporter.Kind, reporter.Updates));
        Assert.Equal(opened.Description, reporter.Note);
    }

    [Fact]
    public async Task Updates_TextLine_NotAskedAndSentThere()
    {
        await using var bot = new BotHarness();
        var conversation = await bot.StartAsync("+15550170104", "sms");

        var done = Assert.Single(await bot.SayAsync(conversation, "there is a pothole on Elm Street"));

        Assert.Contains(Assert.Single(bot.Cases.Opened).Reference, done.Text);
        Assert.Equal(UpdatePreference.Here, Assert.Single(bot.Followers.All).Updates);
    }

    [Fact]
    public async Task Voice_ChoiceOfServices_ReadOutWithNumbers()
    {
        await using var bot = new BotHarness();
        var call = await bot.StartAsync("+15550170105", "phone");

        var ask = Assert.Single(await bot.SayAsync(call, "the street light fell into a pothole on Elm Street"));

        Assert.Contains("Say the number. 1: Pothole. 2: Street light out. 3: None of these.", ask.Text);
    }

    [Fact]
    public async Task Resume_PlaceGivenAfterAQuestion_TakenAsTheAnswerAskedBefore()
    {
        await using var bot = new BotHarness();
        var conversation = await bot.StartAsync("+15550170106", "sms");
        await bot.SayAsync(conversation, "there's a huge pothole");
        await bot.SayAsync(conversation, "where do I take old paint?");

        var done = Assert.Single(await bot.SayAsync(conversation, "it's on Elm Street"));

        var opened = Assert.Single(bot.Cases.Opened);
        Assert.Equal(("Elm Street", "there's a huge pothole"), (opened.Location, opened.Description));
        Assert.Contains(opened.Reference, done.Text);
    }

    [Fact]
    public async Task Location_StateWrittenBeforeReportsKeptAnswers_StillFilesWithTheAnswer()
    {
        await using var bot = new BotHarness();
        var conversation = await bot.StartAsync("+15550170107", "sms");
        await bot.Conversations.SetBotStateAsync(conversation.Id, """{"Awaiting":"location","ServiceCode":"pothole","Description":"deep hole"}""", CancellationToken.None);

        await bot.SayAsync(conversation, "12 Elm Street");

        var opened = Assert.Single(bot.Cases.Opened);
        Assert.Equal(("pothole", "Elm Street", "deep hole"), (opened.ServiceCode, opened.Location, opened.Description));
    }
}
