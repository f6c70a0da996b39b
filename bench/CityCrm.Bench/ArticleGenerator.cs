using System.Text;
using CityCrm.Knowledge;

namespace CityCrm.Bench;

/// <summary>
/// Writes deterministic city-service articles: article <c>i</c> of a seed is always the same, whatever the
/// count, so the 1k corpus is the first thousand of the 50k one. Topics combine a service area, a thing,
/// an action, a qualifier and a made-up place, so titles repeat words but rarely whole subjects.
/// </summary>
internal sealed class ArticleGenerator(int seed)
{
    private static readonly string[] QuestionTemplates =
    [
        "How do I {a} a {s}?",
        "Where can I {a} my {s} in {p}?",
        "Who do I call to {a} a {n} that is {x}?",
        "Is there a fee to {a} a {s}?",
        "My {n} is {x}, what should I do?",
        "Can the city help me {a} a {n} near {p}?",
        "What documents do I need to {a} a {s}?",
        "How long does it take to {a} a {n}?",
    ];

    public List<GeneratedArticle> Generate(int count) => [.. Enumerable.Range(0, count).Select(Article)];

    public GeneratedArticle Article(int index)
    {
        // HashCode.Combine is seeded afresh in every process, which made each run index a different corpus.
        var random = new Random(unchecked((seed * 1_000_003) + index));
        var area = Vocabulary.Areas[random.Next(Vocabulary.Areas.Length)];
        var topic = new ArticleTopic(
            area,
            area.Nouns[random.Next(area.Nouns.Length)],
            Vocabulary.Actions[random.Next(Vocabulary.Actions.Length)],
            Vocabulary.Qualifiers[random.Next(Vocabulary.Qualifiers.Length)],
            Vocabulary.Place(random),
            area.Problems[random.Next(area.Problems.Length)]);
        var title = $"{topic.Action.Title} a {topic.Subject} in {topic.Place}";
        var article = new Article(
            $"{Slug(title)}-{index}",
            title,
            Sentence(random, topic, 18),
            Body(random, topic),
            Questions(random, topic),
            [area.Name, topic.Noun, topic.Qualifier, topic.Place.ToLowerInvariant()],
            area.Department);
        return new GeneratedArticle(article, topic);
    }

    private static List<string> Questions(Random random, ArticleTopic topic)
    {
        var count = random.Next(3, 9);
        var order = QuestionTemplates.OrderBy(_ => random.Next()).Take(count);
        return [.. order.Select(template => Fill(template, random, topic))];
    }

    /// <summary>Fills a question template: {a} action, {s} subject, {n} noun, {p} place, {x} problem.</summary>
    public static string Fill(string template, Random random, ArticleTopic topic) => template
        .Replace("{a}", topic.Action.Phrasings[random.Next(topic.Action.Phrasings.Length)])
        .Replace("{s}", topic.Subject)
        .Replace("{n}", topic.Noun)
        .Replace("{p}", topic.Place)
        .Replace("{x}", topic.Problem);

    private static string Body(Random random, ArticleTopic topic)
    {
        var target = random.Next(100, 401);
        var text = new StringBuilder();
        var words = 0;
        while (words < target)
        {
            var length = random.Next(8, 20);
            text.Append(Sentence(random, topic, length)).Append(' ');
            words += length;
            if (random.Next(6) == 0)
                text.Append("\n\n");
        }
        return text.ToString().TrimEnd();
    }

    /// <summary>A sentence of roughly <paramref name="length"/> words that mentions the subject now and then.</summary>
    private static string Sentence(Random random, ArticleTopic topic, int length)
    {
        var words = new List<string>(length + 4);
        while (words.Count < length)
        {
            // About a third glue words (stop words to the analyzer), a third everyday service words, and
            // the rest the subject, other services and rare names, roughly the mix of a real help article.
            var roll = random.Next(20);
            words.Add(roll switch
            {
                0 => topic.Noun,
                1 => topic.Qualifier,
                2 => topic.Place,
                3 => topic.Problem,
                4 => Vocabulary.Connectors[random.Next(Vocabulary.Connectors.Length)],
                5 => Vocabulary.Areas[random.Next(Vocabulary.Areas.Length)].Nouns[random.Next(10)],
                6 or 7 => Vocabulary.Place(random).ToLowerInvariant(),
                < 14 => Vocabulary.Glue[random.Next(Vocabulary.Glue.Length)],
                _ => Vocabulary.Skewed(random, Vocabulary.Common),
            });
        }
        var sentence = string.Join(' ', words);
        return char.ToUpperInvariant(sentence[0]) + sentence[1..] + ".";
    }

    private static string Slug(string title) =>
        string.Join('-', title.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Replace("'", "");
}
