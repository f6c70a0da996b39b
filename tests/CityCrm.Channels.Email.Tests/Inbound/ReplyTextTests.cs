using CityCrm.Channels.Email.Inbound;

namespace CityCrm.Channels.Email.Tests.Inbound;

/// <summary>Quoted history and signatures cut from what the bot and the agent read.</summary>
public sealed class ReplyTextTests
{
    [Fact]
    public void Visible_DashDashSignature_Cut()
    {
        Assert.Equal("See you then.", ReplyText.Visible("See you then.\n-- \nAna\n555-0100"));
    }

    [Fact]
    public void Visible_SpanishMobileFooterAndAttribution_Cut()
    {
        var text = "Gracias, ya lo vi.\n\nEnviado desde mi iPhone\n\nEl 2 mar 2026, a las 9:20, Riverton 311 <311@riverton.example> escribió:\n> Hola";

        Assert.Equal("Gracias, ya lo vi.", ReplyText.Visible(text));
    }

    [Fact]
    public void Visible_InterleavedAnswers_QuotedLinesDroppedAnswersKept()
    {
        var text = "> Where is it?\nOn Elm Street.\n> Since when?\nLast Tuesday.";

        Assert.Equal("On Elm Street.\nLast Tuesday.", ReplyText.Visible(text));
    }

    [Fact]
    public void Visible_SentenceStartingWithOnMentioningWrote_Kept()
    {
        var text = "On Monday I wrote: the pothole is back.\nPlease send someone.";

        Assert.Equal(text, ReplyText.Visible(text));
    }

    [Fact]
    public void Visible_NothingButAQuote_WholeTextKept()
    {
        Assert.Equal("> forwarded complaint", ReplyText.Visible("> forwarded complaint\n"));
    }

    [Fact]
    public void Visible_HtmlBlockquoteReadAsText_QuoteCut()
    {
        var text = HtmlText.ToText("<div>Yes, that is my address.</div><div class=gmail_quote><blockquote><p>Is 12 Elm your address?</p></blockquote></div>");

        Assert.Equal("Yes, that is my address.", ReplyText.Visible(text));
    }
}
