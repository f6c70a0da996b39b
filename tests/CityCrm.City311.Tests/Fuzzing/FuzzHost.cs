using CityCrm.City311.Tests.Portal;
using Microsoft.AspNetCore.Hosting;

namespace CityCrm.City311.Tests.Fuzzing;

/// <summary>
/// The real host on real Kestrel (port 0, 127.0.0.1), so Kestrel's own limits and timeouts apply, with every channel
/// configured: a Direct Line secret, an Open311 key, and the Twilio number, Meta app and Telegram bot whose secrets
/// the tests sign with, so mutated payloads get past the signature checks into the parsers. Providers' APIs point at
/// a closed port: what the bot answers stays in the outbox.
/// </summary>
public class FuzzHost : PortalAppFactory
{
    public const string DirectLineSecret = "fuzz-directline-secret-0123456789abcdef";
    public const string Open311Key = "fuzz-open311-key-0123456789";
    public const string TwilioAuthToken = "fuzz-twilio-auth-token-0123456789";
    public const string TwilioNumber = "+15555550100";
    public const string TwilioPublicBaseUrl = "https://311.riverton.example";
    public const string MetaAppSecret = "fuzz-meta-app-secret-0123456789";
    public const string MetaPhoneNumberId = "106540352242922";
    public const string MetaPageId = "104358202577071";
    public const string TelegramSecret = "fuzz-telegram-secret_1";

    public FuzzHost() => UseKestrel(0);

    /// <summary>Settings a derived host changes (the rate limits are high here: the fuzzing comes from one address).</summary>
    protected virtual IReadOnlyDictionary<string, string> Overrides { get; } = new Dictionary<string, string>
    {
        ["RateLimits:PerIp"] = "1000000",
        ["RateLimits:PerDirectLineUser"] = "1000000",
        ["RateLimits:BotAnswersPerSender"] = "1000000",
        ["Open311:RequestsPerKeyPerMinute"] = "1000000",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        var settings = new Dictionary<string, string>
        {
            ["DirectLine:Secrets:0"] = DirectLineSecret,
            ["Open311:ApiKeys:0:Name"] = "fuzz-client",
            ["Open311:ApiKeys:0:Key"] = Open311Key,
            ["Twilio:PublicBaseUrl"] = TwilioPublicBaseUrl,
            ["Twilio:ApiBaseUrl"] = "http://127.0.0.1:9",
            ["Twilio:Numbers:0:PhoneNumber"] = TwilioNumber,
            ["Twilio:Numbers:0:AccountSid"] = "AC0123456789abcdef0123456789abcdef",
            ["Twilio:Numbers:0:AuthToken"] = TwilioAuthToken,
            ["Twilio:Numbers:0:SmsInboxId"] = "sms",
            ["Twilio:Numbers:0:VoiceInboxId"] = "phone",
            ["Meta:GraphBaseUrl"] = "http://127.0.0.1:9",
            ["Meta:AppSecret"] = MetaAppSecret,
            ["Meta:VerifyToken"] = "fuzz-verify-token",
            ["Meta:WhatsApp:0:PhoneNumberId"] = MetaPhoneNumberId,
            ["Meta:WhatsApp:0:DisplayPhoneNumber"] = "+1 555-555-0100",
            ["Meta:WhatsApp:0:AccessToken"] = "EAAfuzzWhatsAppToken0123",
            ["Meta:WhatsApp:0:InboxId"] = "whatsapp",
            ["Meta:Messenger:0:PageId"] = MetaPageId,
            ["Meta:Messenger:0:AccessToken"] = "EAAfuzzPageToken456789",
            ["Meta:Messenger:0:InboxId"] = "messenger",
            ["Telegram:ApiBaseUrl"] = "http://127.0.0.1:9",
            ["Telegram:Bots:0:Token"] = "123456789:AAH-fuzz-token",
            ["Telegram:Bots:0:SecretToken"] = TelegramSecret,
            // Short enough that the slow-client tests finish quickly; the defaults are 15 s and 5 s.
            ["Limits:RequestHeadersTimeoutSeconds"] = "2",
            ["Limits:MinRequestBodyGraceSeconds"] = "2",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in Overrides)
            settings[key] = value;
        foreach (var (key, value) in settings)
            builder.UseSetting(key, value);
    }
}
