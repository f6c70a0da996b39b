using CityCrm.Open311.Tests.Support;

namespace CityCrm.Open311.Tests;

/// <summary>Filing requests on the embedded SQLite store.</summary>
public sealed class SqlitePostRequestTests(Open311AppFactory factory) : PostRequestTests(factory), IClassFixture<Open311AppFactory>;
