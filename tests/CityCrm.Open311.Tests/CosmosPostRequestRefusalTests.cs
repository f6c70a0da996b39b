using CityCrm.Open311.Tests.Support;

namespace CityCrm.Open311.Tests;

/// <summary>Refused requests with the Cosmos DB store chosen: the same behaviour.</summary>
public sealed class CosmosPostRequestRefusalTests(CosmosOpen311AppFactory factory) : PostRequestRefusalTests(factory), IClassFixture<CosmosOpen311AppFactory>;
