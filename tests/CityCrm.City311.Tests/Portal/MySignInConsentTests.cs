using System.Net;
using System.Net.Http.Json;

namespace CityCrm.City311.Tests.Portal;

/// <summary>The sign-in code is a message like any other: a resident who opted out of everything on the portal gets none.</summary>
public sealed class MySignInConsentTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task RequestCode_AfterOptingOutOfEverything_SendsNoCode()
    {
        var optedOut = await factory.ResidentWithRequestAsync();
        var other = await factory.ResidentWithRequestAsync();
        var client = await factory.SignInAsync(optedOut);
        (await client.PostAsJsonAsync("/api/my/consents", new { channel = "*", topic = "*", optedIn = false })).EnsureSuccessStatusCode();
        await client.PostAsync("/api/my/sign-out", null);
        var codesBefore = factory.Sms.CodesTo(optedOut.Phone).Count;

        var asked = await client.PostAsJsonAsync("/api/my/sign-in/code", new { address = optedOut.Phone });
        // Codes go out one after another: once a later one has arrived, the opted-out one was handled already.
        await client.PostAsJsonAsync("/api/my/sign-in/code", new { address = other.Phone });
        await factory.Sms.WaitForCodeAsync(other.Phone);

        Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        Assert.Equal(codesBefore, factory.Sms.CodesTo(optedOut.Phone).Count);
    }
}
