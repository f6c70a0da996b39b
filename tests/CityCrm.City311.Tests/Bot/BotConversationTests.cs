using CityCrm.Conversations.Audit;
using CityCrm.Conversations.Model;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.City311.Tests.Bot;

/// <summary>
/// The bot through Direct Line on the real host: SQLite file, the Lucene index of the demo articles,
/// the demo service catalogue. What a resident sees in Web Chat, checked end to end.
/// </summary>
public sealed class BotConversationTests(CityAppFactory factory) : IClassFixture<CityAppFactory>
{
    [Fact]
    public async Task Question_Recycling_AnswersFromTheArticleWithALink()
    {
        var chat = await ResidentChat.OpenAsync(factory);

        var reply = await chat.SayAsync("when is my recycling picked up?");

        Assert.Contains("recycl", reply["text"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("/kb/recycling-pickup", reply["text"]!.GetValue<string>());
        var actions = reply["suggestedActions"]!["actions"]!.AsArray();
        Assert.Contains(actions, a => a!["type"]!.GetValue<string>() == "openUrl" && a["value"]!.GetValue<string>() == "/kb/recycling-pickup");
    }

    [Fact]
    public async Task Question_InSpanish_AnswersFromTheSpanishArticleInSpanish()
    {
        var chat = await ResidentChat.OpenAsync(factory);

        var reply = await chat.SayAsync("que dia pasa el camion de la basura en mi calle");

        var text = reply["text"]!.GetValue<string>();
        Assert.Contains("/kb/trash-pickup-es", text);
        Assert.Contains("Artículo completo", text);
        var titles = reply["suggestedActions"]!["actions"]!.AsArray().Select(a => a!["title"]!.GetValue<string>());
        Assert.Contains("Sí, me ayudó", titles);
    }

    [Fact]
    public async Task Question_OutOfScope_SaysSoAndOffersPersonOrReport()
    {
        var chat = await ResidentChat.OpenAsync(factory);

        var reply = await chat.SayAsync("what is the best pizza topping in the world");

        Assert.Contains("not sure", reply["text"]!.GetValue<string>());
        var titles = reply["suggestedActions"]!["actions"]!.AsArray().Select(a => a!["title"]!.GetValue<string>());
        Assert.Equal(["Talk to a person", "Report a problem"], titles);
    }

    [Fact]
    public async Task Report_Pothole_AsksHowToUpdateOpensCaseThenStatusAnswersFromIt()
    {
        var chat = await ResidentChat.OpenAsync(factory);

        var ask = (await chat.SayAsync("there is a pothole on Elm Street"))["text"]!.GetValue<string>();
        Assert.StartsWith("How would you like to hear about this request?", ask);
        var opened = (await chat.SayAsync("Here in this chat"))["text"]!.GetValue<string>();
        var reference = System.Text.RegularExpressions.Regex.Match(opened, @"R-\d{6}").Value;
        Assert.NotEmpty(reference);
        Assert.Contains("Elm Street", opened);

        var status = (await chat.SayAsync($"what is the status of {reference}?"))["text"]!.GetValue<string>();

        Assert.Contains($"Request {reference} (Pothole) at Elm Street is open", status);
    }

    [Fact]
    public async Task Status_AnotherResidentsReference_RevealsNothing()
    {
        var owner = await ResidentChat.OpenAsync(factory);
        await owner.SayAsync("the streetlight at 12 Main St is out");
        var opened = (await owner.SayAsync("No updates"))["text"]!.GetValue<string>();
        var reference = System.Text.RegularExpressions.Regex.Match(opened, @"R-\d{6}").Value;
        var stranger = await ResidentChat.OpenAsync(factory);

        var reply = (await stranger.SayAsync($"status of {reference}"))["text"]!.GetValue<string>();

        Assert.Contains("couldn't find", reply);
        Assert.DoesNotContain("Main St", reply);
    }

    [Fact]
    public async Task Handoff_AfterAQuestion_QueuesConversationAndAuditHoldsTheSearch()
    {
        var chat = await ResidentChat.OpenAsync(factory);
        await chat.SayAsync("when is trash picked up");

        await chat.SayAsync("I want to talk to a person");

        var store = factory.Services.GetRequiredService<IConversationStore>();
        await WaitForAsync(async () => (await store.GetAsync(chat.Conversation.ConversationId, CancellationToken.None))!.Status == ConversationStatus.Queued);
        var audit = await factory.Services.GetRequiredService<IAuditLog>().ListAsync(chat.Conversation.ConversationId, 10, CancellationToken.None);
        var search = Assert.Single(audit);
        Assert.Equal("knowledge.search", search.Action);
        Assert.Contains("when is trash picked up", search.Arguments);
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 200 && !await condition(); i++)
            await Task.Delay(50);
        Assert.True(await condition());
    }
}
