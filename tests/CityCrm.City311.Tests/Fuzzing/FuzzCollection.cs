namespace CityCrm.City311.Tests.Fuzzing;

/// <summary>The fuzzing classes share one host on Kestrel and run one after another, as the hostile traffic would.</summary>
[CollectionDefinition(Name)]
public sealed class FuzzCollection : ICollectionFixture<FuzzHost>
{
    public const string Name = "fuzz";
}
