using CityCrm.Knowledge;

namespace CityCrm.City311.Cli;

/// <summary>The settings the host would use, read from the files shipped next to it.</summary>
public static class CliSettings
{
    /// <summary>The demo article folder the host seeds an empty store from.</summary>
    public static string ContentPath => Path.Combine(AppContext.BaseDirectory, "knowledge");

    /// <summary>The city's synonym list, applied to questions as the host applies it.</summary>
    public static string SynonymsPath => Path.Combine(AppContext.BaseDirectory, "knowledge-synonyms.txt");

    /// <summary>The frozen evaluation set.</summary>
    public static string EvaluationSetPath => Path.Combine(AppContext.BaseDirectory, "knowledge-eval", "questions.jsonl");

    /// <summary>
    /// Knowledge options bound from the "Knowledge" section of appsettings.json and the environment, as in
    /// the host, so that thresholds and ranking weights match the running service.
    /// </summary>
    public static KnowledgeOptions KnowledgeOptions(string indexPath, string contentPath)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        var options = new KnowledgeOptions();
        configuration.GetSection("Knowledge").Bind(options);
        options.IndexPath = indexPath;
        options.ContentPath = contentPath;
        options.SynonymsPath = SynonymsPath;
        return options;
    }
}
