using CityCrm.Channels.Schema;
using CityCrm.Channels.Telegram.Outbound;

namespace CityCrm.Channels.Telegram.Tests.Outbound;

public sealed class TelegramKeyboardTests
{
    [Fact]
    public void From_ReplyAndLinkActions_OneButtonPerRowWithDataOrUrl()
    {
        var keyboard = TelegramKeyboard.From(new SuggestedActions
        {
            Actions = [CardAction.OpenUrl("Read the full article", "https://311.riverton.example/kb/trash"), CardAction.ImBack("Yes, that helped"), CardAction.ImBack("No")],
        })!;

        var rows = keyboard["inline_keyboard"]!.AsArray();
        Assert.Equal(3, rows.Count);
        Assert.Equal("https://311.riverton.example/kb/trash", (string?)rows[0]![0]!["url"]);
        Assert.Null(rows[0]![0]!["callback_data"]);
        Assert.Equal("Yes, that helped", (string?)rows[1]![0]!["callback_data"]);
        Assert.Equal("No", (string?)rows[2]![0]!["text"]);
    }

    [Fact]
    public void From_ValueOverSixtyFourBytes_UsesTheTitleOrDropsTheButton()
    {
        var keyboard = TelegramKeyboard.From(new SuggestedActions
        {
            Actions = [CardAction.ImBack("Bulky item", new string('x', 65)), CardAction.ImBack(new string('ñ', 40), new string('ñ', 40)), CardAction.OpenUrl("Bad", "javascript:alert(1)")],
        })!;

        var button = Assert.Single(keyboard["inline_keyboard"]!.AsArray())![0]!;
        Assert.Equal("Bulky item", (string?)button["callback_data"]);
    }

    [Fact]
    public void From_NoActions_Null()
    {
        Assert.Null(TelegramKeyboard.From(null));
        Assert.Null(TelegramKeyboard.From(new SuggestedActions { Actions = [] }));
    }
}
