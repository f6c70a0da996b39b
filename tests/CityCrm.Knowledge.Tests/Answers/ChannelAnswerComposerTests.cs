using CityCrm.Knowledge.Answers;

namespace CityCrm.Knowledge.Tests.Answers;

public sealed class ChannelAnswerComposerTests
{
    private const string Link = "https://riverton.example/kb/trash-pickup";

    private static Article Make(string summary, string? sms = null, string? voice = null) =>
        new("trash-pickup", "Trash pickup day", summary, "## Body", ["When is trash picked up?"], ["trash"], "Public Works")
        {
            SmsAnswer = sms,
            VoiceAnswer = voice,
        };

    [Fact]
    public void Compose_WebChat_SummaryTitleAndLink()
    {
        var answers = ChannelAnswerComposer.Compose(Make("Trash is collected weekly."), Link);

        Assert.Equal($"Trash is collected weekly.\n\nFull article: Trash pickup day ({Link})", answers.WebChat);
        Assert.Equal(Link, answers.Link);
    }

    [Fact]
    public void Sms_ArticleHasSmsVariant_UsesItAsIs()
    {
        var sms = ChannelAnswerComposer.Sms(Make("Long summary.", sms: "Gray cart out by 6 a.m."), Link);

        Assert.Equal("Gray cart out by 6 a.m.", sms);
    }

    [Fact]
    public void Sms_ShortSummary_SummaryAndLink()
    {
        Assert.Equal($"Trash is collected weekly. {Link}", ChannelAnswerComposer.Sms(Make("Trash is collected weekly."), Link));
    }

    [Fact]
    public void Sms_LongSummary_CutAtASentenceWithinTheLimit()
    {
        var first = "Trash is collected once a week on your neighborhood's collection day, Monday to Friday, by crews starting at 6 a.m. and working until 5 p.m. in every zone of the city.";
        var second = "Look up your day by address on the Riverton collection map, in the 311 app, or call 311 and an agent will tell you the day and the time window for your street.";
        var sms = ChannelAnswerComposer.Sms(Make($"{first} {second} Have your gray cart at the curb."), Link);

        Assert.Equal($"{first} {Link}", sms);
        Assert.True(sms.Length <= Article.MaxSmsLength);
    }

    [Fact]
    public void Sms_OneLongSentence_CutAtAWordWithAnEllipsis()
    {
        var summary = string.Join(' ', Enumerable.Repeat("collection", 60)) + ".";

        var sms = ChannelAnswerComposer.Sms(Make(summary), Link);

        Assert.True(sms.Length <= Article.MaxSmsLength, $"{sms.Length} characters");
        Assert.EndsWith($"collection… {Link}", sms);
    }

    [Fact]
    public void Voice_SummaryWithLinksAndMarkdown_PlainSpeech()
    {
        var voice = ChannelAnswerComposer.Voice(Make("Put the **gray cart** out. See [holiday schedule](/kb/holiday-collection) or https://riverton.example/map."));

        Assert.Equal("Put the gray cart out. See holiday schedule or", voice);
        Assert.DoesNotMatch(@"https?:|/kb/|[*\[\]]", voice);
    }

    [Fact]
    public void Voice_LongSummary_FirstSentencesWithinTheLimit()
    {
        var sentence = "Crews collect trash in five zones across the city, one for each weekday of the week.";
        var voice = ChannelAnswerComposer.Voice(Make(string.Join(' ', Enumerable.Repeat(sentence, 6))));

        Assert.True(voice.Length <= ChannelAnswerComposer.MaxVoiceLength);
        Assert.StartsWith(sentence, voice);
        Assert.EndsWith("week.", voice);
    }

    [Fact]
    public void Voice_ArticleHasVoiceVariant_UsesIt()
    {
        Assert.Equal("Trash goes out by six.", ChannelAnswerComposer.Voice(Make("Summary.", voice: "Trash goes out by six.")));
    }

    [Fact]
    public async Task Compose_DemoArticles_EverySmsFitsAndNoVoiceHasLinks()
    {
        var articles = await Content.ArticleFolder.ReadAllAsync(Support.RepositoryPaths.KnowledgeContent, CancellationToken.None);

        Assert.All(articles, a =>
        {
            var answers = ChannelAnswerComposer.Compose(a, "https://riverton.example/kb/" + a.Id);
            Assert.True(answers.Sms.Length <= Article.MaxSmsLength, a.Id);
            Assert.DoesNotMatch(@"https?:|www\.|/kb/|[*#_`\[\]]", answers.Voice);
        });
    }
}
