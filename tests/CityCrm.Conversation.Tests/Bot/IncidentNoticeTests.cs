using CityCrm.CaseCore.Incidents;
using CityCrm.Conversations.Bot;
using CityCrm.Conversations.Model;
using CityCrm.Knowledge;

namespace CityCrm.Conversations.Tests.Bot;

/// <summary>An active incident answers residents' questions about it with its pinned message, on web chat and by text.</summary>
public sealed class IncidentNoticeTests
{
    private const string Pinned = "We know about the water main break on Elm Street; crews are on site. <b>Avoid the area</b>.";
    private const string PinnedEs = "Sabemos de la rotura de la tubería en Elm Street; las cuadrillas están en el lugar.";

    private static async Task<BotHarness> HarnessAsync(bool active = true)
    {
        var bot = new BotHarness();
        var incident = new Incident("inc-1", new NewIncident("Water main break", [], new IncidentArea(null, 0, ["Elm Street"]),
            new IncidentMessage(Pinned, PinnedEs))
        {
            Keywords = ["water main", "tubería"],
        }, "supervisor", DateTimeOffset.UtcNow);
        if (!active)
            incident.Close(new IncidentMessage("Repaired."), "supervisor", DateTimeOffset.UtcNow);
        await bot.Incidents.CreateAsync(incident, CancellationToken.None);
        bot.Knowledge.Add("what about the water main", AnswerDecision.OfferHandoff);
        return bot;
    }

    [Theory]
    [InlineData("dl_resident", "web")]
    [InlineData("+15555550142", "sms")]
    public async Task Question_AboutActiveIncident_AnswersWithThePinnedMessageOnly(string address, string inbox)
    {
        await using var bot = await HarnessAsync();
        var conversation = await bot.StartAsync(address, inbox);

        var reply = Assert.Single(await bot.SayAsync(conversation, "what about the water main"));

        Assert.Equal(Pinned, reply.Text);
        Assert.Contains(reply.Activity!.Entities!, e => e.Type == IncidentNotice.EntityType);
    }

    [Fact]
    public async Task Question_InSpanish_AnswersWithTheSpanishMessage()
    {
        await using var bot = await HarnessAsync();
        var conversation = await bot.StartAsync("+15555550143", "sms");

        var reply = Assert.Single(await bot.SayAsync(conversation, "¿Cuándo arreglan la tubería de mi calle?"));

        Assert.Equal(PinnedEs, reply.Text);
    }

    [Fact]
    public async Task Question_AfterIncidentClosed_GoesToTheKnowledgeBase()
    {
        await using var bot = await HarnessAsync(active: false);
        var conversation = await bot.StartAsync();

        var reply = Assert.Single(await bot.SayAsync(conversation, "what about the water main"));

        Assert.NotEqual(Pinned, reply.Text);
        Assert.Contains("not sure", reply.Text);
    }

    [Fact]
    public async Task Report_AboutActiveIncident_PinnedMessageThenTheReportGoesOn()
    {
        await using var bot = await HarnessAsync();
        var conversation = await bot.StartAsync();

        var replies = await bot.SayAsync(conversation, "there is a pothole from the water main break on Elm Street");

        Assert.Equal(2, replies.Count);
        Assert.Equal(Pinned, replies[0].Text);
        // The report goes on: web chat asks how to send updates, then files.
        Assert.StartsWith("How would you like to hear", replies[1].Text);
        var filed = await bot.SayAsync(conversation, "Here in this chat");
        Assert.Contains(bot.Cases.Opened.Single().Reference, Assert.Single(filed).Text);
    }

    [Fact]
    public async Task Question_Unrelated_IsNotAnsweredWithThePinnedMessage()
    {
        await using var bot = await HarnessAsync();
        bot.Knowledge.Add("when is trash day", AnswerDecision.OfferHandoff);
        var conversation = await bot.StartAsync();

        var replies = await bot.SayAsync(conversation, "when is trash day");

        Assert.DoesNotContain(replies, r => r.Text == Pinned);
    }
}
