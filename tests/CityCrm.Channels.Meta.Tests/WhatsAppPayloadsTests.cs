using CityCrm.Channels.Meta.Outbound;
using CityCrm.Channels.Meta.Tests.Support;
using CityCrm.Channels.Schema;

namespace CityCrm.Channels.Meta.Tests;

public sealed class WhatsAppPayloadsTests
{
    private static Activity Reply(string text, params CardAction[] actions) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        SuggestedActions = actions.Length == 0 ? null : new SuggestedActions { Actions = [.. actions] },
    };

    [Fact]
    public void ForActivity_PlainText_IsATextMessageWithoutPreview()
    {
        var body = WhatsAppPayloads.ForActivity("15555550123", Reply("Bulk pickup is on Mondays."));

        Assert.Null(GraphSendRules.WhatsApp(body));
        Assert.Equal("whatsapp", (string?)body["messaging_product"]);
        Assert.Equal("15555550123", (string?)body["to"]);
        Assert.Equal("text", (string?)body["type"]);
        Assert.Equal("Bulk pickup is on Mondays.", (string?)body["text"]!["body"]);
        Assert.False((bool)body["text"]!["preview_url"]!);
    }

    [Fact]
    public void ForActivity_ThreeShortAnswers_AreReplyButtons()
    {
        var body = WhatsAppPayloads.ForActivity("15555550123",
            Reply("How can we help?", CardAction.ImBack("Report a problem"), CardAction.ImBack("Check a request"), CardAction.ImBack("Talk to a person")));

        Assert.Null(GraphSendRules.WhatsApp(body));
        Assert.Equal("interactive", (string?)body["type"]);
        Assert.Equal("How can we help?", (string?)body["interactive"]!["body"]!["text"]);
        var titles = body["interactive"]!["action"]!["buttons"]!.AsArray().Select(b => (string?)b!["reply"]!["title"]);
        Assert.Equal(["Report a problem", "Check a request", "Talk to a person"], titles);
    }

    [Fact]
    public void ForActivity_FourAnswers_IsNumberedText()
    {
        var body = WhatsAppPayloads.ForActivity("15555550123",
            Reply("Which service?", CardAction.ImBack("Potholes"), CardAction.ImBack("Trash"), CardAction.ImBack("Streetlights"), CardAction.ImBack("Noise")));

        Assert.Equal("text", (string?)body["type"]);
        Assert.Equal("Which service?\n\n1. Potholes\n2. Trash\n3. Streetlights\n4. Noise", (string?)body["text"]!["body"]);
    }

    [Fact]
    public void ForActivity_TitleLongerThanTwentyCharacters_IsNumberedTextNotACutTitle()
    {
        var body = WhatsAppPayloads.ForActivity("15555550123", Reply("Was this helpful?", CardAction.ImBack("Yes, that answered it")));

        Assert.Equal("text", (string?)body["type"]);
        Assert.EndsWith("1. Yes, that answered it", (string?)body["text"]!["body"]);
    }

    [Fact]
    public void ForActivity_Link_IsWrittenIntoTheTextAndNotAButton()
    {
        var body = WhatsAppPayloads.ForActivity("15555550123",
            Reply("See the schedule.", CardAction.OpenUrl("Schedule", "https://riverton.example/trash"), CardAction.ImBack("Talk to a person")));

        Assert.Equal("See the schedule.\n\nSchedule: https://riverton.example/trash", (string?)body["interactive"]!["body"]!["text"]);
        Assert.Single(body["interactive"]!["action"]!["buttons"]!.AsArray());
    }

    [Fact]
    public void Template_WithParameters_IsABodyComponentOfTextParameters()
    {
        var template = new MetaTemplate { Type = "reply", Name = "riverton_311_reply", Language = "en_US", Parameters = ["author", "text"] };

        var body = WhatsAppPayloads.Template("15555550123", template, ["Alex", "Line one\n\nline    two\tend"]);

        Assert.Null(GraphSendRules.WhatsApp(body));
        Assert.Equal("riverton_311_reply", (string?)body["template"]!["name"]);
        Assert.Equal("en_US", (string?)body["template"]!["language"]!["code"]);
        var parameters = body["template"]!["components"]![0]!["parameters"]!.AsArray();
        Assert.Equal(["Alex", "Line one line two end"], parameters.Select(p => (string?)p!["text"]));
    }

    [Fact]
    public void Template_WithoutParameters_HasNoComponents()
    {
        var body = WhatsAppPayloads.Template("15555550123", new MetaTemplate { Name = "riverton_311_hello", Language = "es" }, []);

        Assert.Null(body["template"]!["components"]);
    }

    [Theory]
    [InlineData(null, "-")]
    [InlineData("   ", "-")]
    [InlineData("a\r\nb", "a b")]
    public void Parameter_EmptyOrMultiline_IsOneNonEmptyLine(string? value, string expected)
    {
        Assert.Equal(expected, WhatsAppPayloads.Parameter(value));
    }

    [Fact]
    public void Parameter_VeryLong_IsShortenedWithAnEllipsis()
    {
        var shortened = WhatsAppPayloads.Parameter(new string('a', 1500));

        Assert.Equal(WhatsAppPayloads.MaxParameterLength, shortened.Length);
        Assert.EndsWith("…", shortened);
    }
}
