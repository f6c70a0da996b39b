using System.Text;

namespace CityCrm.City311.Tests.Fuzzing;

/// <summary>
/// The providers' webhooks (Twilio SMS, status and voice; Meta's WhatsApp and Messenger; Telegram) fed their captured
/// payloads mutated field by field and byte by byte, correctly signed so the parsers see them: never a 5xx, never a
/// hang, and another client is served afterwards.
/// </summary>
[Collection(FuzzCollection.Name)]
public sealed class WebhookFuzzTests(FuzzHost host)
{
    private const int Rounds = 60;

    [Fact]
    public async Task TwilioWebhooks_MutatedSignedForms_NeverFailOrHang()
    {
        var run = FuzzRun.From(3101);
        using var client = host.CreateClient();
        var files = ProviderRequests.Files("twilio");
        foreach (var file in files)
            Assert.True((int)(await run.SendAsync(client, ProviderRequests.Twilio(ProviderRequests.TwilioPath(file), ProviderRequests.ReadForm(file))) ?? 0) < 300,
                $"{Path.GetFileName(file)} as captured is not accepted: the fuzzing would only meet the signature check");
        for (var i = 0; i < Rounds; i++)
        {
            var file = files[run.Mutator.Random.Next(files.Count)];
            var fields = run.Mutator.MutateForm(ProviderRequests.ReadForm(file));
            var body = Encoding.UTF8.GetBytes(string.Join('&', fields.Select(f => $"{f.Key}={f.Value}")));
            await run.SendAsync(client, ProviderRequests.Twilio(ProviderRequests.TwilioPath(file), fields), body);
        }

        run.AssertClean();
        await FuzzChecks.StillServesAsync(host);
    }

    [Fact]
    public async Task MetaWebhook_MutatedSignedJson_NeverFailsOrHangs()
    {
        var run = FuzzRun.From(3102);
        using var client = host.CreateClient();
        await FuzzJsonAsync(run, client, "meta", ProviderRequests.Meta);

        run.AssertClean();
        await FuzzChecks.StillServesAsync(host);
    }

    [Fact]
    public async Task TelegramWebhook_MutatedJsonWithSecret_NeverFailsOrHangs()
    {
        var run = FuzzRun.From(3103);
        using var client = host.CreateClient();
        await FuzzJsonAsync(run, client, "telegram", ProviderRequests.Telegram);

        run.AssertClean();
        await FuzzChecks.StillServesAsync(host);
    }

    private static async Task FuzzJsonAsync(FuzzRun run, HttpClient client, string provider, Func<byte[], HttpRequestMessage> request)
    {
        var files = ProviderRequests.Files(provider);
        foreach (var file in files)
            Assert.True((int)(await run.SendAsync(client, request(File.ReadAllBytes(file))) ?? 0) < 300,
                $"{Path.GetFileName(file)} as captured is not accepted: the fuzzing would only meet the signature check");
        for (var i = 0; i < Rounds; i++)
        {
            var original = File.ReadAllText(files[run.Mutator.Random.Next(files.Count)]);
            // Two in three change the JSON's values and shape; the rest damage its bytes (invalid UTF-8, cuts).
            var body = run.Mutator.Random.Next(3) < 2 ? run.Mutator.MutateJson(original) : run.Mutator.MutateBytes(Encoding.UTF8.GetBytes(original));
            await run.SendAsync(client, request(body), body);
        }
    }
}
