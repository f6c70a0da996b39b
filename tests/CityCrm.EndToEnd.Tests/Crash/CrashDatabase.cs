using Dapper;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Data.Sqlite;

namespace CityCrm.EndToEnd.Tests.Crash;

/// <summary>The data folder read directly and read-only, beside the running host: its SQLite file and its Lucene index.</summary>
public sealed class CrashDatabase(string dataDirectory)
{
    private string ConnectionString => new SqliteConnectionStringBuilder
    {
        DataSource = Path.Combine(dataDirectory, "citycrm.db"),
        Mode = SqliteOpenMode.ReadOnly,
        Pooling = false,
    }.ToString();

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters = null)
    {
        await using var db = new SqliteConnection(ConnectionString);
        await db.OpenAsync();
        return [.. await db.QueryAsync<T>(sql, parameters)];
    }

    public async Task<long> CountAsync(string sql, object? parameters = null) => (await QueryAsync<long>(sql, parameters))[0];

    /// <summary>Nothing left to do: no pending outbox entry, no unanswered message, no survey still to start.</summary>
    public async Task<bool> IsDrainedAsync() =>
        await CountAsync("SELECT COUNT(*) FROM outbox WHERE status = 'pending';") == 0
        && await CountAsync("SELECT COUNT(*) FROM messages WHERE handled = 0 AND direction = 0;") == 0
        && await CountAsync("SELECT COUNT(*) FROM survey_runs WHERE state = 0;") == 0;

    /// <summary>Each live document of the index's last commit: its article id and version.</summary>
    public IReadOnlyList<(string Id, int Version)> IndexedArticles()
    {
        using var directory = FSDirectory.Open(Path.Combine(dataDirectory, "index"));
        using var reader = DirectoryReader.Open(directory);
        var live = MultiFields.GetLiveDocs(reader);
        var documents = new List<(string, int)>();
        for (var i = 0; i < reader.MaxDoc; i++)
        {
            if (live is not null && !live.Get(i))
                continue;
            var document = reader.Document(i);
            documents.Add((document.Get("id"), document.GetField("version").GetInt32Value() ?? -1));
        }
        return documents;
    }
}
