namespace CityCrm.Storage.Cosmos;

/// <summary>A document as read, with the ETag an update must present to replace it.</summary>
public sealed record CosmosItem<T>(T Document, string ETag);
