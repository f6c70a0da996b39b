using System.Globalization;
using CityCrm.Conversations.Portal;
using Microsoft.Azure.Cosmos;

namespace CityCrm.Storage.Cosmos.Portal;

/// <summary>
/// Portal sign-in codes on Cosmos DB (container <c>resident-codes</c>). A request lives in its address's partition
/// (<c>a:{address key}</c>), so the address's rate count and its newest code are one single-partition query; the
/// IP's rate count reads small time stamps in <c>ip:{ip key}</c>; ids come from an ETag-guarded counter and each has a
/// pointer in <c>id:{n}</c> naming the address, so a try or a sign-in is two point reads and one guarded replace.
/// </summary>
public sealed class CosmosResidentCodeStore(CosmosStorage storage) : IResidentCodeStore
{
    public static readonly CosmosContainerSpec Container = new("resident-codes");

    private const string CodeKind = "code";
    private const string StampKind = "ip-stamp";
    private const string PointerKind = "id-pointer";

    private readonly CosmosCollection codes = storage.Collection(Container.Name);
    private readonly CosmosCounter ids = new(storage.Collection(CosmosCounter.Container.Name), "resident-code", 1);

    public async Task<long> AddAsync(ResidentCode code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(code);
        var id = await ids.NextAsync(cancellationToken);
        var key = Key(id);
        var ticks = code.CreatedAt.UtcTicks;
        // The pointers go first: a crash before the request leaves a pointer to nothing and one more counted try from
        // the IP, which errs on the side of the rate limit.
        await codes.UpsertAsync(new StampDocument(key, Ip(code.IpKey), StampKind, ticks, code.CreatedAt), Ip(code.IpKey), cancellationToken);
        await codes.UpsertAsync(new PointerDocument(key, IdPartition(id), PointerKind, ticks, code.AddressKey), IdPartition(id), cancellationToken);
        var request = new CodeDocument(key, Address(code.AddressKey), CodeKind, ticks, code.CodeHash is not null, code with { Id = id });
        if (!await codes.CreateAsync(request, request.Pk, cancellationToken))
            throw new InvalidOperationException($"Sign-in request {id} already exists: the id counter went back.");
        return id;
    }

    public async Task<IReadOnlyList<DateTimeOffset>> ListAddressRequestsAsync(string addressKey, DateTimeOffset since, CancellationToken cancellationToken) =>
        [.. (await AfterAsync<CodeDocument>(Address(addressKey), CodeKind, since, cancellationToken)).OrderBy(c => c.CreatedTicks).ThenBy(c => c.Code.Id).Select(c => c.Code.CreatedAt)];

    public async Task<IReadOnlyList<DateTimeOffset>> ListIpRequestsAsync(string ipKey, DateTimeOffset since, CancellationToken cancellationToken) =>
        [.. (await AfterAsync<StampDocument>(Ip(ipKey), StampKind, since, cancellationToken)).OrderBy(s => s.CreatedTicks).ThenBy(s => s.Id, StringComparer.Ordinal).Select(s => s.CreatedAt)];

    public async Task<ResidentCode?> FindLatestCodeAsync(string addressKey, CancellationToken cancellationToken)
    {
        var partition = Address(addressKey);
        var found = await codes.QueryAsync<CodeDocument>(
            new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk AND c.type = @type AND c.hasCode = true").WithParameter("@pk", partition).WithParameter("@type", CodeKind),
            partition, 10_000, cancellationToken);
        return found.OrderByDescending(c => c.CreatedTicks).ThenByDescending(c => c.Code.Id).FirstOrDefault()?.Code;
    }

    public async Task<int> RecordAttemptAsync(long id, CancellationToken cancellationToken)
    {
        var counted = 0;
        var changed = await ChangeAsync(id, code => code with { Attempts = counted = code.Attempts + 1 }, cancellationToken);
        return changed ? counted : throw new KeyNotFoundException($"No sign-in code has the id {id}.");
    }

    public Task<bool> MarkUsedAsync(long id, DateTimeOffset at, CancellationToken cancellationToken) =>
        ChangeAsync(id, code => code.UsedAt is null ? code with { UsedAt = at } : null, cancellationToken);

    public async Task<int> DeleteOlderThanAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        // Across partitions: the periodic clean-up on one node, never a sign-in. Requests go first: an id pointer or
        // IP stamp left by an interrupted pass names nothing a sign-in could use and goes on the next pass.
        var old = await codes.QueryAsync<OldDocument>(
            new QueryDefinition("SELECT c.id, c.pk, c.type FROM c WHERE c.createdTicks < @before").WithParameter("@before", before.UtcTicks),
            null, int.MaxValue, cancellationToken);
        var deleted = 0;
        foreach (var document in old.OrderBy(d => d.Type != CodeKind))
        {
            if (await codes.DeleteAsync(document.Id, document.Pk, cancellationToken) && document.Type == CodeKind)
                deleted++;
        }
        return deleted;
    }

    // Applies a change to the request under its ETag, again from a fresh read when another try or sign-in got there
    // first; false when there is no such request or the change declines (returns null).
    private async Task<bool> ChangeAsync(long id, Func<ResidentCode, ResidentCode?> change, CancellationToken cancellationToken)
    {
        if (await codes.ReadAsync<PointerDocument>(Key(id), IdPartition(id), cancellationToken) is not { } pointer)
            return false;
        var partition = Address(pointer.Document.AddressKey);
        while (await codes.ReadAsync<CodeDocument>(Key(id), partition, cancellationToken) is { } read)
        {
            if (change(read.Document.Code) is not { } next)
                return false;
            if (await codes.ReplaceAsync(read.Document with { Code = next }, read.Document.Id, partition, read.ETag, cancellationToken))
                return true;
        }
        return false;
    }

    private Task<List<T>> AfterAsync<T>(string partition, string kind, DateTimeOffset since, CancellationToken cancellationToken) =>
        codes.QueryAsync<T>(
            new QueryDefinition("SELECT * FROM c WHERE c.pk = @pk AND c.type = @type AND c.createdTicks > @since")
                .WithParameter("@pk", partition).WithParameter("@type", kind).WithParameter("@since", since.UtcTicks),
            partition, 10_000, cancellationToken);

    private static string Key(long id) => id.ToString("D19", CultureInfo.InvariantCulture);

    private static string Address(string addressKey) => "a:" + addressKey;

    private static string Ip(string ipKey) => "ip:" + ipKey;

    private static string IdPartition(long id) => "id:" + Key(id);

    private sealed record CodeDocument(string Id, string Pk, string Type, long CreatedTicks, bool HasCode, ResidentCode Code);

    private sealed record StampDocument(string Id, string Pk, string Type, long CreatedTicks, DateTimeOffset CreatedAt);

    private sealed record PointerDocument(string Id, string Pk, string Type, long CreatedTicks, string AddressKey);

    private sealed record OldDocument(string Id, string Pk, string Type);
}
