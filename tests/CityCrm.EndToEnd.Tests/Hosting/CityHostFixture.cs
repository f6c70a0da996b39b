namespace CityCrm.EndToEnd.Tests.Hosting;

/// <summary>One running host shared by the tests of a class (xUnit class fixture).</summary>
public sealed class CityHostFixture : IAsyncLifetime
{
    private CityHostProcess? host;

    public CityHostProcess Host => host ?? throw new InvalidOperationException("The host has not started.");

    public async Task InitializeAsync() => host = await CityHostProcess.StartAsync(CancellationToken.None);

    public async Task DisposeAsync()
    {
        if (host is not null)
            await host.DisposeAsync();
    }
}
