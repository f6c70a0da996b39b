using System.Net.Http.Json;
using System.Text.Json;
using CityCrm.Conversations.Contacts.Profiles;
using CityCrm.Conversations.Model;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.City311.Tests.Outreach;

/// <summary>Addresses saved on profiles are placed with the city's streets, so a drawn area finds the people living in it.</summary>
public sealed class AreaSegmentTests(OutreachAppFactory factory) : IClassFixture<OutreachAppFactory>
{
    // Around the west end of Elm Street (1st to 4th Street) and the blocks of 1st-4th Street just north and south of it.
    private static readonly object WestElm = new
    {
        type = "Polygon",
        coordinates = new[] { new[] { new[] { -71.096, 42.343 }, new[] { -71.080, 42.343 }, new[] { -71.080, 42.348 }, new[] { -71.096, 42.348 }, new[] { -71.096, 42.343 } } },
    };

    [Fact]
    public async Task Preview_AreaAroundAFewStreets_PicksExactlyTheResidentsLivingThere()
    {
        var inside = new[]
        {
            await ResidentAtAsync("+13125550901", "100 Elm St"),
            await ResidentAtAsync("+13125550902", "250 elm street"),
            await ResidentAtAsync("+13125550903", "920 2nd Street"),
        };
        await ResidentAtAsync("+13125550904", "1500 Elm St");
        await ResidentAtAsync("+13125550905", "100 Oak Ave");
        await ResidentAtAsync("+13125550906", "100 Elm St", "Springfield");
        await ResidentAtAsync("+13125550907", "12 Zebra Crescent Street");
        using var supervisor = await factory.SupervisorAsync();

        var preview = await (await supervisor.Client.PostAsJsonAsync($"{OutreachCalls.Api}/segments/preview",
            new { rules = new { area = WestElm } })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(inside.Order(StringComparer.Ordinal),
            preview.GetProperty("sample").EnumerateArray().Select(s => s.GetProperty("contactId").GetString()!).Order(StringComparer.Ordinal));
        Assert.Empty(preview.GetProperty("warnings").EnumerateArray());
    }

    [Fact]
    public async Task Edit_AddressMovedOutOfTheCity_PositionCleared()
    {
        var id = await ResidentAtAsync("+13125550911", "100 Elm St");
        var profiles = factory.Services.GetRequiredService<ContactProfiles>();
        Assert.NotNull((await profiles.ReadAsync(id, "test", "profile", CancellationToken.None))!.Latitude);

        var moved = await profiles.EditAsync(id, null, new ContactEdit { Address = new("100 Elm St", null, "Springfield", "IL", "62701") }, "agent", CancellationToken.None);

        Assert.Null(moved.Latitude);
        Assert.Null(moved.Longitude);
    }

    // A resident who texted the city, whose address an agent then saved on the profile.
    private async Task<string> ResidentAtAsync(string number, string street, string city = "Riverton")
    {
        var contact = await factory.Services.GetRequiredService<IConversationStore>().GetOrCreateContactAsync("sms-main", number, null, CancellationToken.None);
        await factory.Services.GetRequiredService<ContactProfiles>().EditAsync(contact.Id, null,
            new ContactEdit { Address = new(street, null, city, "IL", "60601") }, "agent", CancellationToken.None);
        return contact.Id;
    }
}
