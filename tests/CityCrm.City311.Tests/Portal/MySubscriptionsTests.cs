using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CityCrm.Conversations.Contacts.Consent;
using CityCrm.Conversations.Outreach;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.City311.Tests.Portal;

/// <summary>Topic subscriptions on the portal: the city's topics, following and unfollowing, recorded as the resident's consent, for them only.</summary>
public sealed class MySubscriptionsTests(PortalAppFactory factory) : IClassFixture<PortalAppFactory>
{
    [Fact]
    public async Task Subscriptions_NewResident_ListsEveryTopicTheCityOffersUnfollowed()
    {
        var client = await factory.SignInAsync(await factory.ResidentWithRequestAsync());

        var topics = await client.GetFromJsonAsync<JsonElement>("/api/my/subscriptions?language=es");

        Assert.Equal(["trash-route-4", "flooding", "road-closures"], topics.EnumerateArray().Select(t => t.GetProperty("id").GetString()));
        Assert.All(topics.EnumerateArray(), t => Assert.False(t.GetProperty("following").GetBoolean()));
        Assert.Equal("alertas de inundación", topics[1].GetProperty("name").GetString());
        Assert.Equal("Sí, la ciudad de Riverton puede enviarme avisos sobre alertas de inundación.", topics[1].GetProperty("followWording").GetString());
    }

    [Fact]
    public async Task Follow_Topic_IsRecordedAsConsentWithPortalSourceAndTheWordingShown()
    {
        var resident = await factory.ResidentWithRequestAsync();
        var client = await factory.SignInAsync(resident);
        var shown = (await client.GetFromJsonAsync<JsonElement>("/api/my/subscriptions")).EnumerateArray()
            .Single(t => t.GetProperty("id").GetString() == "flooding").GetProperty("followWording").GetString();

        var response = await client.PostAsJsonAsync("/api/my/subscriptions", new { topic = "flooding", follow = true, language = "en" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var flooding = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Single(t => t.GetProperty("id").GetString() == "flooding");
        Assert.True(flooding.GetProperty("following").GetBoolean());
        var record = Assert.Single(await factory.Services.GetRequiredService<IContactConsentStore>().ListAsync(resident.ContactId, CancellationToken.None));
        Assert.Equal((ConsentRecord.Any, OutreachTopics.Subscription("flooding"), true, "portal", shown),
            (record.ChannelId, record.Topic, record.OptedIn, record.Source, record.Wording));
    }

    [Fact]
    public async Task Unfollow_AfterFollowing_EndsTheSubscription()
    {
        var resident = await factory.ResidentWithRequestAsync();
        var client = await factory.SignInAsync(resident);
        (await client.PostAsJsonAsync("/api/my/subscriptions", new { topic = "road-closures", follow = true })).EnsureSuccessStatusCode();

        var response = await client.PostAsJsonAsync("/api/my/subscriptions", new { topic = "road-closures", follow = false, language = "es" });

        response.EnsureSuccessStatusCode();
        var states = await factory.Services.GetRequiredService<ISubscriptionService>().ListAsync(resident.ContactId, CancellationToken.None);
        Assert.False(states.Single(s => s.Topic.Id == "road-closures").Subscribed);
        var latest = (await factory.Services.GetRequiredService<IContactConsentStore>().ListAsync(resident.ContactId, CancellationToken.None)).MaxBy(r => r.At)!;
        Assert.Equal("No, la ciudad de Riverton no debe enviarme más avisos sobre cierres de calles.", latest.Wording);
    }

    [Fact]
    public async Task Follow_ByOneResident_LeavesTheOtherUnsubscribed()
    {
        var ana = await factory.ResidentWithRequestAsync();
        var ben = await factory.ResidentWithRequestAsync();
        var anaClient = await factory.SignInAsync(ana);
        var benClient = await factory.SignInAsync(ben);

        // A contact id in the body is ignored: the session decides whose subscription changes.
        var response = await anaClient.PostAsJsonAsync("/api/my/subscriptions", new { topic = "trash-route-4", follow = true, contactId = ben.ContactId });

        response.EnsureSuccessStatusCode();
        var benTopics = await benClient.GetFromJsonAsync<JsonElement>("/api/my/subscriptions");
        Assert.All(benTopics.EnumerateArray(), t => Assert.False(t.GetProperty("following").GetBoolean()));
        var anaTopics = await anaClient.GetFromJsonAsync<JsonElement>("/api/my/subscriptions");
        Assert.True(anaTopics.EnumerateArray().Single(t => t.GetProperty("id").GetString() == "trash-route-4").GetProperty("following").GetBoolean());
        Assert.Empty(await factory.Services.GetRequiredService<IContactConsentStore>().ListAsync(ben.ContactId, CancellationToken.None));
    }

    [Theory]
    [InlineData("parking", true)]
    [InlineData("TRASH", true)]
    [InlineData("flooding", null)]
    public async Task Change_UnknownTopicOrMissingChoice_Is400ProblemAndNothingIsRecorded(string topic, bool? follow)
    {
        var resident = await factory.ResidentWithRequestAsync();
        var client = await factory.SignInAsync(resident);

        var response = await client.PostAsJsonAsync("/api/my/subscriptions", new { topic, follow });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await factory.Services.GetRequiredService<IContactConsentStore>().ListAsync(resident.ContactId, CancellationToken.None));
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task Subscriptions_StaffCookie_IsUnauthorized(string method)
    {
        var staff = await factory.StaffAsync("supervisor", "riverton311sup");

        var response = await staff.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/api/my/subscriptions")
        {
            Content = method == "POST" ? JsonContent.Create(new { topic = "flooding", follow = true }) : null,
        });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
