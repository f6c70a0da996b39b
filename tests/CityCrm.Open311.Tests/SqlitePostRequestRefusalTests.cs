using CityCrm.Open311.Tests.Support;

namespace CityCrm.Open311.Tests;

/// <summary>Refused requests on the embedded SQLite store.</summary>
public sealed class SqlitePostRequestRefusalTests(Open311AppFactory factory) : PostRequestRefusalTests(factory), IClassFixture<Open311AppFactory>;
