using CityCrm.Knowledge.Import;

namespace CityCrm.City311.Cli;

/// <summary>
/// <c>kb export --data DIR --out FILE.jsonl|FOLDER [--format jsonl|markdown]</c>: writes the published
/// knowledge base in a form <c>kb import</c> reads back. It can run while the host serves the same data
/// folder (the index is then only copied, never written).
/// </summary>
public static class ExportCommand
{
    public static async Task<int> RunAsync(CliOptions options, TextWriter stderr, CancellationToken cancellationToken)
    {
        var target = options.Get("--out");
        if (target is null)
        {
            await stderr.WriteLineAsync("kb export: --out <file.jsonl|folder> is required");
            return KnowledgeCli.UsageError;
        }
        var format = options.Get("--format") ?? (target.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) ? "jsonl" : "markdown");
        if (format is not ("jsonl" or "markdown"))
        {
            await stderr.WriteLineAsync($"kb export: --format must be jsonl or markdown, not '{format}'");
            return KnowledgeCli.UsageError;
        }
        var data = options.Data();
        // Opened as the host opens it, so a new data folder exports the demo content it would serve.
        IReadOnlyList<Knowledge.Article> articles;
        await using (var workspace = await KnowledgeWorkspace.OpenAsync(data, CliSettings.ContentPath, cancellationToken))
            articles = await workspace.Store.ListAsync(cancellationToken);
        var progress = new CliProgress(stderr, "export", "written", articles.Count, CliProgress.IsTerminal(stderr));
        try
        {
            if (format == "jsonl")
                await ArticleExport.ToJsonLinesAsync(target, articles, progress.Report, cancellationToken);
            else
                await ArticleExport.ToMarkdownFolderAsync(target, articles, progress.Report, cancellationToken);
        }
        catch (IOException e)
        {
            progress.Finish();
            await stderr.WriteLineAsync($"kb export: {e.Message}");
            return KnowledgeCli.InvalidInput;
        }
        progress.Finish();
        await stderr.WriteLineAsync($"kb export: wrote {articles.Count} articles from {data.Root} to {target} ({format})");
        return KnowledgeCli.Success;
    }
}
