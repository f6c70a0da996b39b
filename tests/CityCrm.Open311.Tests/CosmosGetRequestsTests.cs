using CityCrm.Open311.Tests.Support;

namespace CityCrm.Open311.Tests;

/// <summary>GET requests with the Cosmos DB store chosen: the same behaviour.</summary>
public sealed class CosmosGetRequestsTests(CosmosOpen311AppFactory factory) : GetRequestsTests(factory), IClassFixture<CosmosOpen311AppFactory>;
