using System.Diagnostics;
using System.Globalization;
using CityCrm.Conversations.Audit;
using CityCrm.Conversations.Privacy;
using CityCrm.RetentionBench;
using CityCrm.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

// Runs the retention schedule over N resolved conversations past their period and their contacts (in batches of 200,
// each batch one durable commit) against a floor: the cheapest comparable removal, one UPDATE of
// every message's words and every conversation's address on a copy of the same data, in one transaction.
var count = args.Length > 1 && args[0] == "--conversations" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
const double TargetSeconds = 120;
var folder = Directory.CreateTempSubdirectory("citycrm-retention-bench-").FullName;
try
{
    Dapper.DefaultTypeMap.MatchNamesWithUnderscores = true;
    var now = DateTimeOffset.UtcNow;
    var schedule = new RetentionOptions { ResolvedConversationsDays = 30, BatchSize = 200 };
    var measured = await SeededAsync(Path.Combine(folder, "measured.db"));
    var floorDb = await SeededAsync(Path.Combine(folder, "floor.db"));

    var floor = Stopwatch.StartNew();
    await using (var db = await floorDb.OpenAsync(CancellationToken.None))
    {
        await using var tx = (SqliteTransaction)await db.BeginTransactionAsync();
        await using var update = db.CreateCommand();
        update.Transaction = tx;
        update.CommandText = "UPDATE messages SET text = '[removed]', activity = '{}'; UPDATE conversations SET address = '', anonymized_at = $at;";
        update.Parameters.AddWithValue("$at", now.ToString("O", CultureInfo.InvariantCulture));
        await update.ExecuteNonQueryAsync();
        await tx.CommitAsync();
    }
    floor.Stop();

    var run = new RetentionRun(new SqlitePrivacyStore(measured), new SqliteAuditLog(measured), Options.Create(schedule), TimeProvider.System);
    var (conversations, contacts, passes) = (0, 0, 0);
    var timed = Stopwatch.StartNew();
    for (RetentionCounts counts; (counts = await run.RunOnceAsync(CancellationToken.None)).Any; passes++)
        (conversations, contacts) = (conversations + counts.Conversations, contacts + counts.Contacts);
    timed.Stop();

    var (seconds, floorSeconds) = (timed.Elapsed.TotalSeconds, floor.Elapsed.TotalSeconds);
    Console.WriteLine(string.Join("  ", "name".PadRight(40), "value".PadLeft(10), "floor".PadLeft(10), "ratio".PadLeft(8), "target".PadLeft(8), "ok/MISS"));
    Console.WriteLine(string.Join("  ", $"retention over {count} conversations".PadRight(40), $"{seconds:0.00}s".PadLeft(10), $"{floorSeconds:0.00}s".PadLeft(10),
        $"{seconds / floorSeconds:0.0}x".PadLeft(8), $"<{TargetSeconds:0}s".PadLeft(8), seconds < TargetSeconds ? "ok" : "MISS"));
    Console.WriteLine($"removed {conversations} conversations and {contacts} contacts in {passes} passes of {schedule.BatchSize}; {count / seconds:0} conversations/s");
    return conversations == count && contacts == count && seconds < TargetSeconds ? 0 : 1;

    async Task<SqliteDatabase> SeededAsync(string path)
    {
        var database = new SqliteDatabase(path);
        await database.InitializeAsync(CancellationToken.None);
        await using var db = await database.OpenAsync(CancellationToken.None);
        Console.Error.WriteLine($"seeding {count} conversations into {Path.GetFileName(path)}...");
        await ConversationSeeder.SeedAsync(db, count, now.AddDays(-60), CancellationToken.None);
        return database;
    }
}
finally
{
    SqliteConnection.ClearAllPools();
    Directory.Delete(folder, recursive: true);
}
