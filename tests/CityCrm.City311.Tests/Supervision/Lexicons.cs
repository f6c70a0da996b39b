using CityCrm.Conversations.Supervision;

namespace CityCrm.City311.Tests.Supervision;

/// <summary>The host's own word lists in <c>bots/City311/lexicons</c>, as the running service reads them.</summary>
internal static class Lexicons
{
    public static readonly string Folder = FindFolder();

    public static SentimentLexicon Sentiment { get; } =
        SentimentLexicon.Load([Path.Combine(Folder, "sentiment.en.txt"), Path.Combine(Folder, "sentiment.es.txt")]);

    public static TopicLexicon Topics { get; } = TopicLexicon.Load(Path.Combine(Folder, "topics.txt"));

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CityCrm.sln")))
                return Path.Combine(dir.FullName, "bots", "City311", "lexicons");
        }
        throw new InvalidOperationException($"CityCrm.sln not found above {AppContext.BaseDirectory}.");
    }
}
