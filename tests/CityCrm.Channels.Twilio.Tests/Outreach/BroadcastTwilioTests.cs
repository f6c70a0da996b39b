using CityCrm.Channels.Twilio.Tests.Support;
using CityCrm.Conversations.Contacts.Profiles;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Outreach;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.Channels.Twilio.Tests.Outreach;

/// <summary>A broadcast to texting residents reaches Twilio's Messages API from the city's number, signed with its account.</summary>
public sealed class BroadcastTwilioTests(TwilioHostFactory host) : IClassFixture<TwilioHostFactory>
{
    [Fact]
    public async Task Broadcast_ToASegmentOfTextingResidents_EachTextPostedToTwilioOnce()
    {
        var (ana, ben) = (host.NewResident(), host.NewResident());
        var store = host.Services.GetRequiredService<IConversationStore>();
        var profiles = host.Services.GetRequiredService<IContactProfileStore>();
        foreach (var (number, language) in new[] { (ana, "es"), (ben, "en") })
        {
            var contact = await store.GetOrCreateContactAsync(TestAccount.SmsInbox, number, null, CancellationToken.None);
            var profile = (await profiles.GetAsync(contact.Id, CancellationToken.None))!;
            Assert.True(await profiles.SaveAsync(profile with { Tags = ["cedar-twilio"], Language = language }, profile.Version, [], CancellationToken.None));
        }
        var segment = await host.Services.GetRequiredService<SegmentService>().CreateAsync("Cedar", new SegmentRules { Tags = ["cedar-twilio"] }, "supervisor", CancellationToken.None);

        await host.Services.GetRequiredService<BroadcastPlanner>().PlanAsync(new BroadcastRequest(segment.Id, "road-closure",
            new Dictionary<string, string> { ["en"] = "Cedar Ave closed today.", ["es"] = "La avenida Cedar está cerrada hoy." }, false, true), "supervisor", CancellationToken.None);

        var toAna = await Eventually.FindAsync(() => host.Api.Received.FirstOrDefault(m => m.To == ana));
        var toBen = await Eventually.FindAsync(() => host.Api.Received.FirstOrDefault(m => m.To == ben));
        Assert.Equal(("La avenida Cedar está cerrada hoy.", TestAccount.AccountSid), (toAna.Body, toAna.AccountSid));
        Assert.Equal(("Cedar Ave closed today.", TestAccount.Number), (toBen.Body, toBen.From));
        Assert.EndsWith("/twilio/sms/status", toBen.StatusCallback, StringComparison.Ordinal);
        Assert.Single(host.Api.Received, m => m.To == ana);
    }
}
