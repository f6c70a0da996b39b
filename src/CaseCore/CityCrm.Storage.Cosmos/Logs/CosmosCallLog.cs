using CityCrm.Conversations.Calls;

namespace CityCrm.Storage.Cosmos.Logs;

/// <summary>
/// Phone calls in container <c>calls</c>, one document per call partitioned by the provider's call id: the start is an
/// idempotent create (a retried webhook finds it there) and the end an ETag-guarded replace of a call still open.
/// </summary>
public sealed class CosmosCallLog(CosmosStorage storage) : ICallLog
{
    public static readonly CosmosContainerSpec Container = new("calls");

    private readonly CosmosCollection calls = storage.Collection(Container.Name);

    public Task<bool> StartAsync(PhoneCall call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        var key = CosmosKeys.Escape(call.CallId);
        return calls.CreateAsync(new CallDocument("call", key, call), key, cancellationToken);
    }

    public async Task<PhoneCall?> GetAsync(string callId, CancellationToken cancellationToken) =>
        (await calls.ReadAsync<CallDocument>("call", CosmosKeys.Escape(callId), cancellationToken))?.Document.Call;

    public async Task<bool> EndAsync(string callId, string status, int? durationSeconds, DateTimeOffset endedAt, CancellationToken cancellationToken)
    {
        var key = CosmosKeys.Escape(callId);
        while (true)
        {
            var stored = await calls.ReadAsync<CallDocument>("call", key, cancellationToken);
            if (stored is null || stored.Document.Call.EndedAt is not null)
                return false;
            var ended = stored.Document with { Call = stored.Document.Call with { Status = status, DurationSeconds = durationSeconds, EndedAt = endedAt } };
            if (await calls.ReplaceAsync(ended, "call", key, stored.ETag, cancellationToken))
                return true;
        }
    }

    private sealed record CallDocument(string Id, string Pk, PhoneCall Call);
}
