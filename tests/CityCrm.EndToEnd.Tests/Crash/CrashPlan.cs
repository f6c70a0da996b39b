using CityCrm.Channels.Twilio.Tests.Support;

namespace CityCrm.EndToEnd.Tests.Crash;

/// <summary>
/// The whole load of a crash run, drawn from one seed: texters (signed Twilio SMS webhooks, unique MessageSid each),
/// web chat residents (Direct Line posts, unique clientActivityID each), when each run phase is cut by SIGKILL, and the
/// editors' actions. The same seed gives the same plan; the interleaving with the host's work is the machine's.
/// </summary>
public sealed class CrashPlan
{
    public const string AccountSid = "AC00000000000000000000000000000311";
    public const string AuthToken = "crash-run-auth-token-0311";
    public const string CityNumber = "+15555550311";
    public const string PublicBaseUrl = "https://311.riverton.example";
    public const string Thanks = "thanks";

    private static readonly string[] Questions =
    [
        "what day is garbage pickup", "can i vote by mail this year", "senior center lunch", "payment plan for water",
        "how can i set up autopay for water", "christmas tree pickup", "what day do they pick up the blue cart",
        "polls open what time on election day", "how do i get a business licence", "snow emergency declared today?",
        "do i need a permit for a dumpster on the street", "why is my water bill so high i think i have a leak",
    ];

    private readonly Random random;

    private CrashPlan(int seed, int kills)
    {
        Seed = seed;
        random = new Random(seed);
        var texters = new List<ResidentScript>();
        var chatters = new List<ResidentScript>();
        for (var wave = 0; wave <= kills; wave++)
        {
            for (var i = 0; i < 7; i++)
                texters.Add(Script($"+1555777{texters.Count:D4}", wave, $"SM{seed:x8}{texters.Count:x4}", sms: true));
            for (var i = 0; i < 2; i++)
                chatters.Add(Script($"webchat-{chatters.Count}", wave, $"crash-{seed:x8}-{chatters.Count}", sms: false));
        }
        Texters = texters;
        Chatters = chatters;
        // Each phase runs long enough for replies to be in flight to the provider when it is cut.
        KillAfter = [.. Enumerable.Range(0, kills).Select(_ => TimeSpan.FromMilliseconds(random.Next(1500, 4500)))];
    }

    public int Seed { get; }

    public IReadOnlyList<ResidentScript> Texters { get; }

    public IReadOnlyList<ResidentScript> Chatters { get; }

    public IReadOnlyList<TimeSpan> KillAfter { get; }

    public IEnumerable<PlannedMessage> AllMessages => Texters.Concat(Chatters).SelectMany(r => r.Messages);

    public static async Task<CrashPlan> CreateAsync(int seed, int kills)
    {
        var plan = new CrashPlan(seed, kills);
        var sms = plan.Texters.SelectMany(t => t.Messages).ToList();
        var signatures = await NodeTwilio.SignManyAsync(AuthToken, sms.Select(m => (PublicBaseUrl + "/twilio/sms", (IEnumerable<KeyValuePair<string, string>>)m.Fields)));
        for (var i = 0; i < sms.Count; i++)
            sms[i].Signature = signatures[i];
        return plan;
    }

    /// <summary>A seeded draw for the drivers (gaps, provider retries); thread-safe.</summary>
    public int Next(int min, int max)
    {
        lock (random)
            return random.Next(min, max);
    }

    private ResidentScript Script(string address, int wave, string keyPrefix, bool sms)
    {
        var count = random.Next(2, 4);
        var thanks = random.Next(3) == 0;
        var texts = Enumerable.Range(0, count).Select(_ => Questions[random.Next(Questions.Length)]).ToList();
        if (thanks)
            texts.Add(Thanks);
        var messages = texts.Select((text, i) => sms
            ? new PlannedMessage($"{keyPrefix}{i:x2}".PadRight(34, '0'), text) { Fields = WebhookFields($"{keyPrefix}{i:x2}".PadRight(34, '0'), address, text) }
            : new PlannedMessage($"{keyPrefix}-{i}", text)).ToList();
        return new ResidentScript(address, wave, messages, thanks);
    }

    // The fields Twilio posts for an incoming SMS, in its order.
    private static List<KeyValuePair<string, string>> WebhookFields(string sid, string from, string body) =>
    [
        new("ToCountry", "US"), new("ToState", "NY"), new("SmsMessageSid", sid), new("NumMedia", "0"), new("ToCity", ""),
        new("FromZip", ""), new("SmsSid", sid), new("FromState", "NY"), new("SmsStatus", "received"), new("FromCity", ""),
        new("Body", body), new("FromCountry", "US"), new("To", CityNumber), new("ToZip", ""), new("NumSegments", "1"),
        new("MessageSid", sid), new("AccountSid", AccountSid), new("From", from), new("ApiVersion", "2010-04-01"),
    ];
}
