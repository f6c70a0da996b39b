using System.Text.Json;
using CityCrm.Channels.Meta.Tests.Host;
using CityCrm.Channels.Meta.Tests.Support;
using CityCrm.Conversations.Model;

namespace CityCrm.Channels.Meta.Tests.EndToEnd;

/// <summary>A resident reports a problem on WhatsApp and answers "where?" by sharing a location.</summary>
[Collection(MetaHostCollection.Name)]
public sealed class WhatsAppReportTests(MetaHostFactory host)
{
    private const string LocationWamid = "wamid.HBgLMTU1NTU1NTAxMjMVAgASGBQ0QjM1MzE4RkQ1QjY0QjU3RDg2MwA=";

    private readonly MetaWebhookPoster meta = new(host.CreateClient());

    private async Task<Message> BotSaysAsync(string waId, Func<Message, bool> match) =>
        await Eventually.FindAsync(async () => (await host.TranscriptAsync(TestMeta.WhatsAppInbox, "+" + waId))
            .FirstOrDefault(m => m.AuthorKind == AuthorKind.Bot && match(m)));

    [Fact]
    public async Task Report_LocationSharedWhenAskedWhere_OpensTheRequestAtThatPlace()
    {
        var waId = host.NewWaId();
        await meta.PostAsync(Captured.WhatsAppText(host, waId, "I want to report a pothole"));
        await BotSaysAsync(waId, m => m.Text!.Contains("Where is it?", StringComparison.Ordinal));

        await meta.PostAsync(Payload.Load("wa-location.json").With(TestMeta.ResidentWaId, waId).With(LocationWamid, host.NewId("wamid.")));

        var opened = await BotSaysAsync(waId, m => m.Activity.Entities?.Any(e => e.Type == "case") == true);
        var request = opened.Activity.Entities!.Single(e => e.Type == "case").Properties!;
        Assert.Equal("Pothole", request["service"].GetString());
        Assert.Contains("100 Main St", request["location"].GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.String, request["reference"].ValueKind);
    }
}
