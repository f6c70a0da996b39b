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
}
