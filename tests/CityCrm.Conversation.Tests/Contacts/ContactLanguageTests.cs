using CityCrm.Conversations.Model;
using CityCrm.Conversations.Tests.Bot;

namespace CityCrm.Conversations.Tests.Contacts;

/// <summary>The contact's language follows what the resident clearly writes, and only that.</summary>
public sealed class ContactLanguageTests
{
    private static async Task<string?> LanguageAsync(BotHarness bot, string contactId) =>
        (await bot.Store.GetContactAsync(contactId, CancellationToken.None))?.Language;

    [Fact]
    public async Task HandleAsync_ClearlySpanishMessage_RecordsSpanish()
    {
        await using var bot = new BotHarness();
        var conversation = await bot.StartAsync("+15555550123", "sms");

        await bot.SayAsync(conversation, "¿dónde puedo pagar una multa de estacionamiento?");

        Assert.Equal("es", await LanguageAsync(bot, conversation.ContactId));
    }

    [Fact]
    public async Task HandleAsync_AddressOnlyAfterSpanish_KeepsSpanish()
    {
        await using var bot = new BotHarness();
        var conversation = await bot.StartAsync("+15555550124", "sms");
        await bot.SayAsync(conversation, "necesito hablar con una persona sobre la basura");

        await bot.SayAsync(conversation, "12 Elm Street");

        Assert.Equal("es", await LanguageAsync(bot, conversation.ContactId));
    }

    [Fact]
    public async Task HandleAsync_ClearlyEnglishAfterSpanish_RecordsEnglish()
    {
        await using var bot = new BotHarness();
        var conversation = await bot.StartAsync("+15555550125", "sms");
        await bot.SayAsync(conversation, "¿cuándo pasa la basura?");

        await bot.SayAsync(conversation, "when is my trash picked up this week");

        Assert.Equal("en", await LanguageAsync(bot, conversation.ContactId));
    }

    [Fact]
    public async Task HandleAsync_OneUntellingWord_RecordsNothing()
    {
        await using var bot = new BotHarness();
        var conversation = await bot.StartAsync();

        await bot.SayAsync(conversation, "pothole");

        Assert.Null(await LanguageAsync(bot, conversation.ContactId));
    }

    [Fact]
    public async Task StartAsync_ContactKnownToSpeakSpanish_GreetedInSpanish()
    {
        await using var bot = new BotHarness();
        var contact = await bot.Store.GetOrCreateContactAsync("sms", "+15555550126", null, CancellationToken.None);
        await bot.Store.SetContactLanguageAsync(contact.Id, "es", CancellationToken.None);

        var conversation = await bot.StartAsync("+15555550126", "sms");

        var greeting = Assert.Single(await bot.Store.GetMessagesAsync(conversation.Id, 0, 10, CancellationToken.None), m => m.AuthorKind == AuthorKind.Bot);
        Assert.DoesNotContain("Hi! I'm the City", greeting.Text);
        Assert.Equal("Hablar con una persona", greeting.Activity.SuggestedActions!.Actions.Last().Title);
    }

    [Fact]
    public async Task HandleAsync_SpanishSpeakerAsksForAPerson_HandOffMessageInSpanish()
    {
        await using var bot = new BotHarness();
        var conversation = await bot.StartAsync("+15555550127", "sms");

        var reply = Assert.Single(await bot.SayAsync(conversation, "quiero hablar con una persona por favor"));

        Assert.DoesNotContain("connecting you", reply.Text);
        Assert.Equal(ConversationStatus.Queued, (await bot.ReloadAsync(conversation)).Status);
    }
}
