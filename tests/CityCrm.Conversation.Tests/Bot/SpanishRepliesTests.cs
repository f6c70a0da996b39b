using System.Text.RegularExpressions;
using CityCrm.Conversations.Bot;
using CityCrm.Knowledge;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.Conversations.Tests.Bot;

/// <summary>The bot frames an answer in the article's language, and a declined question in the question's.</summary>
public sealed partial class SpanishRepliesTests
{
    private static readonly KnowledgeHit Basura = new("trash-pickup-es", "Día de recogida de basura", "La basura se recoge una vez por semana.", 0.9f)
    {
        Language = "es",
    };

    [Fact]
    public async Task Answer_SpanishArticle_SpanishFramingAndButtons()
    {
        await using var bot = new BotHarness();
        bot.Knowledge.Add("cuando pasa la basura", AnswerDecision.Answer, Basura);
        var conversation = await bot.StartAsync();

        var reply = Assert.Single(await bot.SayAsync(conversation, "cuando pasa la basura"));

        Assert.Contains("Artículo completo: Día de recogida de basura", reply.Text);
        var titles = reply.Activity.SuggestedActions!.Actions.Select(a => a.Title).ToList();
        Assert.Equal(["Leer el artículo completo", "Sí, me ayudó", "No", "Hablar con una persona"], titles);
    }

    [Fact]
    public async Task Feedback_NoAfterSpanishAnswer_SpanishApology()
    {
        await using var bot = new BotHarness();
        bot.Knowledge.Add("cuando pasa la basura", AnswerDecision.Answer, Basura);
        var conversation = await bot.StartAsync();
        await bot.SayAsync(conversation, "cuando pasa la basura");

        var reply = Assert.Single(await bot.SayAsync(conversation, "no me ayudó"));

        Assert.StartsWith("Lamento que no le haya ayudado", reply.Text);
        Assert.False(Assert.Single(bot.Answers.All).Helpful);
    }

    [Fact]
    public async Task NotSure_SpanishQuestion_SpanishOffer()
    {
        await using var bot = new BotHarness();
        var conversation = await bot.StartAsync();

        var reply = Assert.Single(await bot.SayAsync(conversation, "¿dónde puedo aprender a hornear pan?"));

        Assert.StartsWith("No estoy seguro", reply.Text);
    }

    [Fact]
    public async Task Messages_Spanish_CompleteWithTheSameTemplateValuesAsEnglish()
    {
        await using var bot = new BotHarness();
        var languages = bot.Services.GetRequiredService<BotLanguages>();
        var english = languages.For("en");
        var spanish = languages.For("es-MX");

        Assert.NotSame(english, spanish);
        Assert.Empty(spanish.Missing());
        foreach (var property in typeof(BotMessages).GetProperties().Where(p => p.PropertyType == typeof(string)))
        {
            var values = (string)property.GetValue(english)!;
            var valuesEs = (string)property.GetValue(spanish)!;
            Assert.True(Variables(values).SetEquals(Variables(valuesEs)), $"{property.Name} uses other template values in Spanish");
        }
    }

    private static HashSet<string> Variables(string template) => [.. Variable().Matches(template).Select(m => m.Value)];

    [GeneratedRegex(@"\{\{\$\w+\}\}")]
    private static partial Regex Variable();
}
