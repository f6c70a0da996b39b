using CityCrm.Knowledge.Import;
using CityCrm.Storage.Sqlite;

namespace CityCrm.City311.Cli;

/// <summary>
/// <c>kb import --data DIR --replace FILE.jsonl|FOLDER [--continue-on-error]</c>: validates every line (or
/// Markdown file) first, builds
/// the new index in a folder of its own, replaces the stored articles in one transaction, then switches
/// the index, so a failure at any point leaves the previous knowledge base serving.
/// </summary>
public static class ImportCommand
{
    public static async Task<int> RunAsync(CliOptions options, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var source = options.Get("--replace");
        if (source is null)
        {
            await stderr.WriteLineAsync("kb import: --replace <file.jsonl|folder> is required");
            return KnowledgeCli.UsageError;
        }
        if (!File.Exists(source) && !Directory.Exists(source))
        {
            await stderr.WriteLineAsync($"kb import: file or folder not found: {source}");
            return KnowledgeCli.UsageError;
        }
        var data = options.Data();
        var batch = await ReadAsync(source, cancellationToken);
        foreach (var error in batch.Errors)
            await stderr.WriteLineAsync(error.ToString());
        var keepGoing = options.Has("--continue-on-error");
        if (batch.Errors.Count > 0 && !keepGoing)
        {
            await stderr.WriteLineAsync($"kb import: {batch.Errors.Count} bad line(s); nothing imported (use --continue-on-error to skip them)");
            return KnowledgeCli.InvalidInput;
        }

        var swap = new IndexFolderSwap(data.IndexPath);
        if (swap.InUse())
        {
            await stderr.WriteLineAsync($"kb import: the index in {data.Root} is in use; stop the host serving this data folder first");
            return KnowledgeCli.UsageError;
        }
        swap.Recover();
        try
        {
            var progress = new CliProgress(stderr, "import", "indexed", batch.Articles.Count, CliProgress.IsTerminal(stderr));
            IndexFolderBuilder.Build(swap.NewPath, batch.Articles, 1, progress.Report, cancellationToken);
            progress.Finish();
            swap.MarkReady();
            var database = new SqliteDatabase(data.DatabasePath);
            await database.InitializeAsync(cancellationToken);
            await new SqliteArticleStore(database, TimeProvider.System).ReplaceAllAsync(batch.Articles, cancellationToken);
        }
        catch
        {
            swap.Abandon();
            throw;
        }
        swap.Activate();
        await stderr.WriteLineAsync(
            $"kb import: imported {batch.Articles.Count} articles into {data.Root}, skipped {batch.Errors.Count} bad line(s)");
        return KnowledgeCli.Success;
    }

    private static async Task<ImportBatch> ReadAsync(string source, CancellationToken cancellationToken)
    {
        if (Directory.Exists(source))
            return await MarkdownFolderReader.ReadAsync(source, cancellationToken);
        using var reader = File.OpenText(source);
        return await ArticleJsonlReader.ReadAsync(reader, cancellationToken);
    }
}
