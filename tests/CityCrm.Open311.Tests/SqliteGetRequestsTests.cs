using CityCrm.Open311.Tests.Support;

namespace CityCrm.Open311.Tests;

/// <summary>GET requests on the embedded SQLite store.</summary>
public sealed class SqliteGetRequestsTests(Open311AppFactory factory) : GetRequestsTests(factory), IClassFixture<Open311AppFactory>;
