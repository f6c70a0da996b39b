namespace CityCrm.Storage.Cosmos;

/// <summary>
/// One container a store needs: its name and partition key path. Stores declare theirs in DI, and
/// <see cref="CosmosStorage.InitializeAsync"/> creates whatever is missing.
/// </summary>
/// <param name="Name">The container id.</param>
/// <param name="PartitionKeyPath">Always <c>/pk</c> in this project: every document carries its partition key in <c>pk</c>.</param>
/// <param name="DefaultTimeToLive">Seconds after which documents expire, when the container holds expiring data.</param>
public sealed record CosmosContainerSpec(string Name, string PartitionKeyPath = "/pk", int? DefaultTimeToLive = null)
{
    /// <summary>
    /// The composite indexes the container's ORDER BY queries need (Cosmos refuses a multi-field ORDER BY without
    /// one): each entry lists paths with an optional " DESC", e.g. <c>["/createdTicks DESC", "/reference DESC"]</c>.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> CompositeIndexes { get; init; } = [];
}
