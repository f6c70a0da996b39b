using CityCrm.CaseCore;
using CityCrm.CaseCore.Streets;
using CityCrm.Open311.Tests.Support;

namespace CityCrm.Open311.Tests;

/// <summary>An address_string without lat/long is placed with the city's street gazetteer.</summary>
public sealed class PostRequestAddressTests(Open311AppFactory factory) : IClassFixture<Open311AppFactory>
{
    [Theory]
    [InlineData("123 elm st", "123 Elm Street")]
    [InlineData("corner of oak and elm", "Oak Street & Elm Street")]
    public async Task PostRequest_AddressWithoutLatLong_IsNormalizedAndGeocoded(string address, string expected)
    {
        var fields = Placed($"geocoded-{address.Length}@example.org", ("address_string", address));
        var where = factory.Get<IStreetResolver>().Resolve(expected).Point!.Value;

        var (reference, _) = await Open311Calls.CreateAsync(factory.CreateClient(), fields);

        var stored = await factory.Get<ICaseService>().FindAsync(reference, CancellationToken.None);
        Assert.Equal(expected, stored!.Location);
        Assert.Equal(where, stored.Point);
        var request = (await Open311Calls.JsonAsync(factory.CreateClient(), $"/open311/v2/requests/{reference}.json")).AsArray().Single()!;
        Assert.Equal(where.Latitude, request["lat"]!.GetValue<double>(), 6);
        Assert.Equal(where.Longitude, request["long"]!.GetValue<double>(), 6);
    }

    [Fact]
    public async Task PostRequest_LatLongGiven_AddressKeptAsSentAndPositionUnchanged()
    {
        var (reference, _) = await Open311Calls.CreateAsync(factory.CreateClient(),
            Placed("both@example.org", ("address_string", "123 elm st"), ("lat", "42.3487"), ("long", "-71.0578")));

        var stored = await factory.Get<ICaseService>().FindAsync(reference, CancellationToken.None);

        Assert.Equal("123 elm st", stored!.Location);
        Assert.Equal(new GeoPoint(42.3487, -71.0578), stored.Point);
    }

    [Fact]
    public async Task PostRequest_DescriptionOfPlace_KeptAsWrittenWithoutPosition()
    {
        var (reference, _) = await Open311Calls.CreateAsync(factory.CreateClient(),
            Placed("landmark@example.org", ("address_string", "behind the public library")));

        var stored = await factory.Get<ICaseService>().FindAsync(reference, CancellationToken.None);

        Assert.Equal("behind the public library", stored!.Location);
        Assert.Null(stored.Point);
    }

    // The valid pothole form with its place replaced by the given fields.
    private static (string, string)[] Placed(string email, params (string Key, string Value)[] place) =>
        [.. Open311Calls.ValidPothole(email).Where(f => f.Item1 is not ("lat" or "long" or "address_string")), .. place];
}
