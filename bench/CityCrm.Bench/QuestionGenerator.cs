namespace CityCrm.Bench;

/// <summary>
/// Residents' questions for a generated corpus: most ask about one of its articles in words other than the
/// article's own phrasings (some with a typo, some without the place), the rest are off-topic or vague,
/// as a 311 chat gets them.
/// </summary>
internal sealed class QuestionGenerator(ArticleGenerator articles, int seed)
{
    private static readonly string[] Templates =
    [
        "hi, I need to {a} the {n} by my house in {p}",
        "{n} {x} on my street",
        "how much does it cost to {a} a {s}",
        "can someone {a} my {n}",
        "who handles {x} {n} problems",
        "I want to {a} a {n} for my family",
        "{p} {n} {x} since last week, help",
        "what are the rules for a {s}",
    ];

    private static readonly string[] OffTopic =
    [
        "when does the stadium open for concerts",
        "what is the weather tomorrow",
        "tell me a joke",
        "is the mayor married",
        "best pizza downtown",
        "my neighbor keeps staring at me",
        "can I marry my cousin",
        "how tall is the clock tower",
    ];

    /// <summary><paramref name="count"/> questions about the first <paramref name="corpusSize"/> articles.</summary>
    public List<string> Generate(int count, int corpusSize)
    {
        var random = new Random(seed);
        var questions = new List<string>(count);
        for (var i = 0; i < count; i++)
            questions.Add(random.Next(10) < 8 ? AboutArticle(random, corpusSize) : Vague(random));
        return questions;
    }

    private string AboutArticle(Random random, int corpusSize)
    {
        var topic = articles.Article(random.Next(corpusSize)).Topic;
        var question = ArticleGenerator.Fill(Templates[random.Next(Templates.Length)], random, topic);
        if (random.Next(3) == 0)
            question = question.Replace($" in {topic.Place}", "").Replace($"{topic.Place} ", "");
        if (random.Next(10) == 0)
            question = question.Replace(topic.Noun, Typo(random, topic.Noun));
        return question;
    }

    private static string Vague(Random random) => random.Next(2) == 0
        ? OffTopic[random.Next(OffTopic.Length)]
        : $"{Vocabulary.Skewed(random, Vocabulary.Common)} {Vocabulary.Skewed(random, Vocabulary.Common)} question";

    /// <summary>Swaps two neighbouring letters of the longest word, the commonest typing slip.</summary>
    private static string Typo(Random random, string phrase)
    {
        var words = phrase.Split(' ');
        var longest = Array.IndexOf(words, words.MaxBy(w => w.Length));
        var word = words[longest].ToCharArray();
        if (word.Length < 4)
            return phrase;
        var at = random.Next(1, word.Length - 2);
        (word[at], word[at + 1]) = (word[at + 1], word[at]);
        words[longest] = new string(word);
        return string.Join(' ', words);
    }
}
