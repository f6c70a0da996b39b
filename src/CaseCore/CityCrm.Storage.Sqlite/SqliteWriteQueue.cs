using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace CityCrm.Storage.Sqlite;

/// <summary>
/// Group commit for the hot writes. A durable commit costs one fsync of the WAL (milliseconds on a real disk), so
/// writes that arrive while one is being committed wait and then share the next transaction and its single fsync.
/// Each write runs in its own savepoint: one that throws is rolled back alone and its caller gets the exception,
/// the others commit. Every caller's task completes only after the commit that holds its write returned.
/// </summary>
internal sealed class SqliteWriteQueue(SqliteDatabase database)
{
    /// <summary>The most writes one transaction takes, so a flood never builds one huge transaction.</summary>
    public const int MaxBatch = 256;

    private readonly ConcurrentQueue<IWrite> queue = new();
    private int draining;

    /// <summary>Runs <paramref name="work"/> inside a shared transaction and returns its result once that is committed.</summary>
    public Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var write = new Write<T>(work, cancellationToken);
        queue.Enqueue(write);
        // No perpetual loop: whoever finds nobody draining becomes the drainer, so an idle database holds no task.
        if (Interlocked.CompareExchange(ref draining, 1, 0) == 0)
            _ = Task.Run(DrainAsync, CancellationToken.None);
        return write.Task;
    }

    private async Task DrainAsync()
    {
        while (true)
        {
            var batch = new List<IWrite>(Math.Min(queue.Count, MaxBatch));
            while (batch.Count < MaxBatch && queue.TryDequeue(out var write))
            {
                if (write.Cancelled)
                    write.Cancel();
                else
                    batch.Add(write);
            }
            if (batch.Count > 0)
                await CommitAsync(batch);
            Volatile.Write(ref draining, 0);
            // A write enqueued after the last dequeue but before the flag dropped would otherwise wait for the next writer.
            if (queue.IsEmpty || Interlocked.CompareExchange(ref draining, 1, 0) != 0)
                return;
        }
    }

    private async Task CommitAsync(List<IWrite> batch)
    {
        var done = new List<IWrite>(batch.Count);
        try
        {
            await using var db = await database.OpenAsync(CancellationToken.None);
            await using var tx = db.BeginTransaction(deferred: false);
            for (var i = 0; i < batch.Count; i++)
            {
                var write = batch[i];
                await tx.SaveAsync("w");
                try
                {
                    await write.RunAsync(db, tx);
                    await tx.ReleaseAsync("w");
                    done.Add(write);
                }
                catch (Exception ex)
                {
                    // A write that fails leaves nothing behind; if even the rollback fails the transaction is gone.
                    await tx.RollbackAsync("w");
                    await tx.ReleaseAsync("w");
                    write.Fail(ex);
                }
            }
            await tx.CommitAsync(CancellationToken.None);
        }
        catch (Exception ex)
        {
            foreach (var write in batch.Where(w => !w.Completed))
                write.Fail(ex);
            return;
        }
        foreach (var write in done)
            write.Succeed();
    }

    private interface IWrite
    {
        bool Cancelled { get; }

        bool Completed { get; }

        Task RunAsync(SqliteConnection db, SqliteTransaction tx);

        void Succeed();

        void Fail(Exception exception);

        void Cancel();
    }

    private sealed class Write<T>(Func<SqliteConnection, SqliteTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken) : IWrite
    {
        private readonly TaskCompletionSource<T> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T result = default!;

        public Task<T> Task => completion.Task;

        public bool Cancelled => cancellationToken.IsCancellationRequested;

        public bool Completed => completion.Task.IsCompleted;

        public async Task RunAsync(SqliteConnection db, SqliteTransaction tx) => result = await work(db, tx, cancellationToken);

        public void Succeed() => completion.TrySetResult(result);

        public void Fail(Exception exception) => completion.TrySetException(exception);

        public void Cancel() => completion.TrySetCanceled(cancellationToken);
    }
}
