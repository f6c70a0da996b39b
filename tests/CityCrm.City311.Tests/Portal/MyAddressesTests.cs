using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CityCrm.City311.Tests.Portal;

/// <summary>A phone added on the portal gets a code of its own and joins the resident's details only when the code comes back.</summary>
public sealed class MyAddressesTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task AddPhone_SendsACodeToThatNumberAndListsItUnconfirmedOutsideTheDetails()
    {
        var client = await factory.SignInAsync(await factory.ResidentWithRequestAsync());
        var added = NewPhone();

        var response = await client.PostAsJsonAsync("/api/my/addresses", new { address = added, language = "es" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var pending = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());
        Assert.Equal((added, "phone"), (pending.GetProperty("address").GetString(), pending.GetProperty("kind").GetString()));
        await factory.Sms.WaitForCodeAsync(added);
        Assert.Contains("su código para confirmar esta dirección", factory.Sms.CodesTo(added)[0].Activity.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(added, await PhonesAsync(client));
    }

    [Fact]
    public async Task Confirm_WithTheCodeSentToTheNumber_MovesItIntoTheDetails()
    {
        var client = await factory.SignInAsync(await factory.ResidentWithRequestAsync());
        var (added, code) = await AddPhoneAsync(client);

        var response = await client.PostAsJsonAsync("/api/my/addresses/confirm", new { address = added, code });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty((await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());
        Assert.Contains(added, await PhonesAsync(client));
    }

    [Fact]
    public async Task Confirm_WrongCode_Is400WithTriesLeftAndTheNumberStaysUnconfirmed()
    {
        var client = await factory.SignInAsync(await factory.ResidentWithRequestAsync());
        var (added, code) = await AddPhoneAsync(client);

        var response = await client.PostAsJsonAsync("/api/my/addresses/confirm", new { address = added, code = code == "000000" ? "999999" : "000000" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(4, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("attemptsLeft").GetInt32());
        Assert.DoesNotContain(added, await PhonesAsync(client));
        Assert.Single((await client.GetFromJsonAsync<JsonElement>("/api/my/addresses")).EnumerateArray());
    }

    [Fact]
    public async Task Remove_Unconfirmed_TakesItOffAndItsCodeConfirmsNothing()
    {
        var client = await factory.SignInAsync(await factory.ResidentWithRequestAsync());
        var (added, code) = await AddPhoneAsync(client);

        var removed = await client.DeleteAsync($"/api/my/addresses?address={Uri.EscapeDataString(added)}");
        var confirmed = await client.PostAsJsonAsync("/api/my/addresses/confirm", new { address = added, code });

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, confirmed.StatusCode);
        Assert.Empty((await client.GetFromJsonAsync<JsonElement>("/api/my/addresses")).EnumerateArray());
        Assert.DoesNotContain(added, await PhonesAsync(client));
    }

    [Fact]
    public async Task AnotherResident_CannotConfirmOrRemoveTheirUnconfirmedNumber()
    {
        var ana = await factory.SignInAsync(await factory.ResidentWithRequestAsync());
        var ben = await factory.SignInAsync(await factory.ResidentWithRequestAsync());
        var (added, code) = await AddPhoneAsync(ana);

        var confirmed = await ben.PostAsJsonAsync("/api/my/addresses/confirm", new { address = added, code });
        var removed = await ben.DeleteAsync($"/api/my/addresses?address={Uri.EscapeDataString(added)}");

        Assert.Equal(HttpStatusCode.BadRequest, confirmed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, removed.StatusCode);
        Assert.DoesNotContain(added, await PhonesAsync(ben));
        Assert.Equal([added], (await ana.GetFromJsonAsync<JsonElement>("/api/my/addresses")).EnumerateArray().Select(a => a.GetProperty("address").GetString()));
    }

    [Fact]
    public async Task SignInCode_ForAnUnconfirmedNumber_IsNotSent()
    {
        var resident = await factory.ResidentWithRequestAsync();
        var client = await factory.SignInAsync(resident);
        var (added, _) = await AddPhoneAsync(client);

        var asked = await factory.CreateClient().PostAsJsonAsync("/api/my/sign-in/code", new { address = added });
        // Codes go out one after another: once a later one has arrived, the one for the unconfirmed number was handled.
        await factory.SignInAsync(resident);

        Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        Assert.Single(factory.Sms.CodesTo(added));
    }

    [Fact]
    public async Task EditProfile_NewPhoneWithoutACode_Is400AndNothingIsSaved()
    {
        var resident = await factory.ResidentWithRequestAsync();
        var client = await factory.SignInAsync(resident);
        var before = await client.GetFromJsonAsync<JsonElement>("/api/my/profile");

        var response = await client.PatchAsJsonAsync("/api/my/profile",
            new { version = before.GetProperty("version").GetInt32(), givenName = "Rosa", phones = new[] { resident.Phone, NewPhone() } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("phones", out _));
        Assert.Equal(before.GetRawText(), (await client.GetFromJsonAsync<JsonElement>("/api/my/profile")).GetRawText());
    }

    [Theory]
    [InlineData("+1 312")]
    [InlineData("rosa@example")]
    public async Task AddAddress_Malformed_Is400ProblemAndNothingIsListed(string address)
    {
        var client = await factory.SignInAsync(await factory.ResidentWithRequestAsync());

        var response = await client.PostAsJsonAsync("/api/my/addresses", new { address });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty((await client.GetFromJsonAsync<JsonElement>("/api/my/addresses")).EnumerateArray());
    }

    private static int next = 200;

    // A new number added on the portal, with the code that reached it.
    private async Task<(string Added, string Code)> AddPhoneAsync(HttpClient client)
    {
        var added = NewPhone();
        (await client.PostAsJsonAsync("/api/my/addresses", new { address = added })).EnsureSuccessStatusCode();
        return (added, await factory.Sms.WaitForCodeAsync(added));
    }

    private static string NewPhone() => "+1617555" + Interlocked.Increment(ref next).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<List<string?>> PhonesAsync(HttpClient client) =>
        [.. (await client.GetFromJsonAsync<JsonElement>("/api/my/profile")).GetProperty("phones").EnumerateArray().Select(p => p.GetString())];
}
