namespace CityCrm.Storage.Cosmos;

/// <summary>One page of a query and the token that continues it (null on the last page).</summary>
public sealed record CosmosPage<T>(IReadOnlyList<T> Items, string? Continuation);
