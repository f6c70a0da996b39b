using System.Diagnostics;
using System.Globalization;
using CityCrm.Channels;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Outbox;
using CityCrm.Conversations.Outreach;
using CityCrm.OutreachBench;
using CityCrm.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

// Plans a broadcast to every contact of a 100,000-contact file (segment resolved, deduplicated per number and
// household, queued with one row per person) against a floor: a plain bulk insert of as many rows in one transaction.
var count = args.Length > 1 && args[0] == "--contacts" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
var folder = Directory.CreateTempSubdirectory("citycrm-outreach-bench-").FullName;
try
{
    Dapper.DefaultTypeMap.MatchNamesWithUnderscores = true;
    var database = new SqliteDatabase(Path.Combine(folder, "citycrm.db"));
    await database.InitializeAsync(CancellationToken.None);
    await using (var db = await database.OpenAsync(CancellationToken.None))
    {
        Console.Error.WriteLine($"seeding {count} contacts...");
        await ContactSeeder.SeedAsync(db, count, CancellationToken.None);
    }

    var floor = Stopwatch.StartNew();
    await using (var db = await database.OpenAsync(CancellationToken.None))
    {
        await using var create = db.CreateCommand();
        create.CommandText = "CREATE TABLE floor_rows (a TEXT NOT NULL, b TEXT NOT NULL, position INTEGER NOT NULL, c TEXT NOT NULL, PRIMARY KEY (a, b)) WITHOUT ROWID;";
        await create.ExecuteNonQueryAsync();
        await using var tx = (SqliteTransaction)await db.BeginTransactionAsync();
        await using var insert = db.CreateCommand();
        insert.Transaction = tx;
        insert.CommandText = "INSERT INTO floor_rows VALUES ($a, $b, $p, $c);";
        var (a, b, p, c) = (insert.Parameters.Add("$a", SqliteType.Text), insert.Parameters.Add("$b", SqliteType.Text), insert.Parameters.Add("$p", SqliteType.Integer), insert.Parameters.Add("$c", SqliteType.Text));
        for (var i = 0; i < count; i++)
        {
            (a.Value, b.Value, p.Value, c.Value) = ("floor", $"c{i:D7}", i, $"+1312{i:D7}");
            await insert.ExecuteNonQueryAsync();
        }
        await tx.CommitAsync();
    }
    floor.Stop();

    var options = Options.Create(new OutreachOptions { ConfirmAbove = count * 2 });
    var segments = new SqliteSegmentStore(database);
    var broadcasts = new SqliteBroadcastStore(database);
    var reach = new ReachChooser(new InboxRegistry([new Inbox("sms", ChannelIds.Sms, "Text line")]), new ChannelSenders([new SilentSmsSender()]));
    var planner = new BroadcastPlanner(segments, broadcasts, new AudienceResolver(segments, reach), new BroadcastSignal(), options, TimeProvider.System);
    var segment = new SegmentService(segments, new AudienceResolver(segments, reach), TimeProvider.System);
    var everyone = await segment.CreateAsync("Every street", new SegmentRules { Streets = ContactSeeder.Streets }, "bench", CancellationToken.None);

    var plan = Stopwatch.StartNew();
    var broadcast = await planner.PlanAsync(new BroadcastRequest(everyone.Id, "bench", new Dictionary<string, string> { ["en"] = "Test", ["es"] = "Prueba" }, true, true),
        "bench", CancellationToken.None);
    plan.Stop();
    var counts = await broadcasts.CountAsync(broadcast.Id, CancellationToken.None);

    var (seconds, floorSeconds) = (plan.Elapsed.TotalSeconds, floor.Elapsed.TotalSeconds);
    Console.WriteLine(string.Join("  ", "name".PadRight(34), "value".PadLeft(10), "floor".PadLeft(10), "ratio".PadLeft(8), "target".PadLeft(8), "ok/MISS"));
    Console.WriteLine(string.Join("  ", $"plan broadcast to {count} contacts".PadRight(34), $"{seconds:0.00}s".PadLeft(10), $"{floorSeconds:0.00}s".PadLeft(10),
        $"{seconds / floorSeconds:0.00}x".PadLeft(8), "<30s".PadLeft(8), seconds < 30 ? "ok" : "MISS"));
    Console.WriteLine($"queued {counts.Waiting} of {count} matched (one per household: {count - counts.Planned} left out), {counts.Planned} recipient rows");
    return seconds < 30 ? 0 : 1;
}
finally
{
    SqliteConnection.ClearAllPools();
    Directory.Delete(folder, recursive: true);
}
