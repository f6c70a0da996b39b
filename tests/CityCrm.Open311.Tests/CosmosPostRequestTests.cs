using CityCrm.Open311.Tests.Support;

namespace CityCrm.Open311.Tests;

/// <summary>Filing requests with the Cosmos DB store chosen: the same behaviour.</summary>
public sealed class CosmosPostRequestTests(CosmosOpen311AppFactory factory) : PostRequestTests(factory), IClassFixture<CosmosOpen311AppFactory>;
