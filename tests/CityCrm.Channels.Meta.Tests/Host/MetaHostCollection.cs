using CityCrm.Channels.Meta.Tests.Support;

namespace CityCrm.Channels.Meta.Tests.Host;

/// <summary>The webhook and delivery tests share one host: each uses its own residents and message ids.</summary>
[CollectionDefinition(Name)]
public sealed class MetaHostCollection : ICollectionFixture<MetaHostFactory>
{
    public const string Name = "Meta host";
}
