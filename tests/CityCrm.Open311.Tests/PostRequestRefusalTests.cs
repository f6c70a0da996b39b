using CityCrm.Open311.Tests.Support;

namespace CityCrm.Open311.Tests;

/// <summary>Bad input to POST requests: precise errors in the spec's format, the right status, and nothing stored.</summary>
public abstract class PostRequestRefusalTests(Open311AppFactory factory)
{
    [Fact]
    public async Task PostRequest_MissingApiKey_Answers403AndStoresNothing()
    {
        var email = "nokey@example.org";
        var errors = await RefuseAsync(Without(Open311Calls.ValidPothole(email), "api_key"), email, 403);

        Assert.Contains(errors, e => e.Contains("api_key is required"));
    }

    [Fact]
    public async Task PostRequest_WrongApiKey_Answers403AndStoresNothing()
    {
        var email = "wrongkey@example.org";
        var errors = await RefuseAsync(With(Open311Calls.ValidPothole(email), "api_key", Open311AppFactory.ApiKey + "x"), email, 403);

        Assert.Contains(errors, e => e.Contains("api_key is not a valid key"));
    }

    [Fact]
    public async Task PostRequest_MissingRequiredAttribute_Answers400NamingIt()
    {
        var email = "noattr@example.org";
        var errors = await RefuseAsync(Without(Open311Calls.ValidPothole(email), "attribute[WHISPOLO]"), email, 400);

        Assert.Equal("attribute[WHISPOLO] required: 'Where is the pothole located?' is required.", Assert.Single(errors));
    }

    [Fact]
    public async Task PostRequest_ValueOutsideList_Answers400WithChoices()
    {
        var email = "outside-list@example.org";
        var errors = await RefuseAsync(With(Open311Calls.ValidPothole(email), "attribute[WHISPOLO]", "ROOF"), email, 400);

        var error = Assert.Single(errors);
        Assert.StartsWith("attribute[WHISPOLO] not_in_list:", error);
        Assert.Contains("Alley, Street", error);
    }

    [Fact]
    public async Task PostRequest_ImpossibleDate_Answers400()
    {
        var email = "baddate@example.org";
        var errors = await RefuseAsync(DumpingWith(email, ("attribute[SEEN]", "2026-02-30T10:00")), email, 400);

        Assert.StartsWith("attribute[SEEN] invalid:", Assert.Single(errors));
    }

    [Fact]
    public async Task PostRequest_LocationOutsideCity_Answers400()
    {
        var email = "faraway@example.org";
        var fields = With(With(Open311Calls.ValidPothole(email), "lat", "40.7128"), "long", "-74.0060");

        var errors = await RefuseAsync(fields, email, 400);

        Assert.StartsWith("location (lat/long, address_string or address_id) outside_city:", Assert.Single(errors));
    }

    [Fact]
    public async Task PostRequest_MediaUrlNotUrl_Answers400()
    {
        var email = "badmedia@example.org";
        var errors = await RefuseAsync(With(Open311Calls.ValidPothole(email), "media_url", "not a url"), email, 400);

        Assert.StartsWith("media_url invalid:", Assert.Single(errors));
    }

    [Fact]
    public async Task PostRequest_NoLocation_Answers400()
    {
        var email = "nowhere@example.org";
        var fields = Without(Without(Without(Open311Calls.ValidPothole(email), "lat"), "long"), "address_string");

        var errors = await RefuseAsync(fields, email, 400);

        Assert.StartsWith("location (lat/long, address_string or address_id) required:", Assert.Single(errors));
    }

    [Fact]
    public async Task PostRequest_UnknownService_Answers400NamingTheCode()
    {
        var email = "unknown-service@example.org";
        var errors = await RefuseAsync(With(Open311Calls.ValidPothole(email), "service_code", "S0301"), email, 400);

        Assert.Contains(errors, e => e.StartsWith("service_code unknown:") && e.Contains("'S0301'"));
    }

    [Fact]
    public async Task PostRequest_SeveralProblems_ListsEveryOne()
    {
        var email = "many@example.org";
        var fields = With(With(Without(Without(Open311Calls.ValidPothole(email), "long"), "attribute[WHISPOLO]"), "media_url", "ftp://x"),
            "attribute[ISITHAZA]", "MAYBE");

        var errors = await RefuseAsync(fields, email, 400);

        Assert.Equal(4, errors.Count);
        Assert.Contains(errors, e => e.StartsWith("long required:"));
        Assert.Contains(errors, e => e.StartsWith("media_url invalid:"));
        Assert.Contains(errors, e => e.StartsWith("attribute[ISITHAZA] not_in_list:"));
        Assert.Contains(errors, e => e.StartsWith("attribute[WHISPOLO] required:"));
    }

    [Fact]
    public async Task PostRequest_InvalidEmail_Answers400()
    {
        var email = "ana at example";
        var errors = await RefuseAsync(Open311Calls.ValidPothole(email), email, 400);

        Assert.StartsWith("email invalid:", Assert.Single(errors));
    }

    [Fact]
    public async Task PostRequest_InvalidPhone_Answers400()
    {
        var email = "badphone@example.org";
        var errors = await RefuseAsync([.. Open311Calls.ValidPothole(email), ("phone", "call me maybe")], email, 400);

        Assert.StartsWith("phone invalid:", Assert.Single(errors));
    }

    [Fact]
    public async Task PostRequest_WrongJurisdiction_Answers404AndStoresNothing()
    {
        var email = "jurisdiction@example.org";
        var errors = await RefuseAsync([.. Open311Calls.ValidPothole(email), ("jurisdiction_id", "dc.gov")], email, 404);

        Assert.Contains(errors, e => e.Contains("jurisdiction_id 'dc.gov'"));
    }

    [Fact]
    public async Task PostRequest_JsonBody_Answers400AskingForAForm()
    {
        var before = await StoredState.CaseCountAsync(factory);

        var response = await factory.CreateClient().PostAsync("/open311/v2/requests.json",
            new StringContent("""{"service_code":"pothole"}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Contains("form-encoded", Assert.Single(await Open311Calls.ErrorsAsync(response, 400)));
        Assert.Equal(before, await StoredState.CaseCountAsync(factory));
    }

    [Theory]
    [InlineData("12 Zebra Crescent Street", "address_string unknown_street: The city has no street called 'Zebra Crescent Street'.")]
    [InlineData("9000 Kestrel Lane", "address_string number_out_of_range: Kestrel Lane has house numbers 1 to 399; 9000 is not one of them.")]
    [InlineData("Elm Street & Oak Avenue", "address_string not_crossing: Elm Street and Oak Avenue do not cross, so they name no intersection.")]
    [InlineData("123 Elm Stret", "address_string not_found: '123 Elm Stret' is not an address in the city. Did you mean '123 Elm Street'?")]
    public async Task PostRequest_AddressTheCityCannotPlace_Answers400SayingWhy(string address, string expected)
    {
        var email = $"unplaced-{address.Length}@example.org";
        var fields = With(Without(Without(Open311Calls.ValidPothole(email), "lat"), "long"), "address_string", address);

        var errors = await RefuseAsync(fields, email, 400);

        Assert.StartsWith(expected, Assert.Single(errors));
    }

    private async Task<IReadOnlyList<string>> RefuseAsync(IEnumerable<(string, string)> fields, string email, int status)
    {
        var before = await StoredState.CaseCountAsync(factory);

        var response = await Open311Calls.PostAsync(factory.CreateClient(), fields);

        var errors = await Open311Calls.ErrorsAsync(response, status);
        await StoredState.AssertNothingStoredAsync(factory, before, email);
        return errors;
    }

    private static (string, string)[] DumpingWith(string email, params (string, string)[] extra) =>
    [
        ("api_key", Open311AppFactory.ApiKey), ("service_code", TestCatalog.Dumping), ("address_string", "12 Elm St"),
        ("attribute[ITEMS][]", "TIRES"), ("email", email), .. extra,
    ];

    private static (string, string)[] Without((string Key, string Value)[] fields, string key) =>
        fields.Where(f => f.Key != key).ToArray();

    private static (string, string)[] With((string Key, string Value)[] fields, string key, string value) =>
        [.. Without(fields, key), (key, value)];
}
