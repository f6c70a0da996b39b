using CityCrm.Conversations.Model;

namespace CityCrm.Conversations.Tests.Bot;

/// <summary>A resident who answers the bot's listed choices with a number gets that choice.</summary>
public sealed class NumberedChoiceTests
{
    [Fact]
    public async Task HandleAsync_NumberOfTheGreetingsThirdButton_HandsOffToAPerson()
    {
        await using var bot = new BotHarness();
        var conversation = await bot.StartAsync("+15555550150", "sms");

        await bot.SayAsync(conversation, "3.");

        Assert.Equal(ConversationStatus.Queued, (await bot.ReloadAsync(conversation)).Status);
    }

    [Fact]
    public async Task HandleAsync_NumberBeyondTheChoices_ReadAsText()
    {
        await using var bot = new BotHarness();
        var conversation = await bot.StartAsync("+15555550151", "sms");

        var reply = Assert.Single(await bot.SayAsync(conversation, "7"));

        Assert.Equal(ConversationStatus.BotOwned, (await bot.ReloadAsync(conversation)).Status);
        Assert.DoesNotContain("connecting you", reply.Text);
    }

    [Fact]
    public async Task HandleAsync_NumberAfterAMessageWithoutChoices_ReadAsText()
    {
        await using var bot = new BotHarness();
        var conversation = await bot.StartAsync("+15555550152", "sms");
        await bot.SayAsync(conversation, "thanks");

        await bot.SayAsync(conversation, "3");

        Assert.Equal(ConversationStatus.BotOwned, (await bot.ReloadAsync(conversation)).Status);
    }
}
