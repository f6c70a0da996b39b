namespace CityCrm.Channels.Twilio.Tests.Support;

/// <summary>The test number and account the captured payloads (Payloads/*.form) belong to.</summary>
public static class TestAccount
{
    public const string AccountSid = "AC0123456789abcdef0123456789abcdef";
    public const string AuthToken = "riverton-test-auth-token-0123456789";
    public const string Number = "+15555550100";
    public const string Resident = "+15555550123";
    public const string PublicBaseUrl = "https://311.riverton.example";
    public const string SmsInbox = "sms";
    public const string VoiceInbox = "phone";

    /// <summary>A second account with its own number, for webhooks signed by the wrong account.</summary>
    public const string OtherAccountSid = "ACfedcba9876543210fedcba9876543210";
    public const string OtherAuthToken = "other-test-auth-token-9876543210";
    public const string OtherNumber = "+15555550199";

    /// <summary>Configuration keys for a host or service collection serving the test number.</summary>
    public static Dictionary<string, string?> Settings(string apiBaseUrl = "https://api.twilio.invalid") => new()
    {
        ["Twilio:PublicBaseUrl"] = PublicBaseUrl,
        ["Twilio:ApiBaseUrl"] = apiBaseUrl,
        ["Twilio:HelpText"] = "Riverton 311: text your question or report a problem. Reply STOP to stop. Call 311 for emergencies? Dial 911.",
        ["Twilio:OptInText"] = "Riverton 311: you will get texts from us again. Reply STOP to stop.",
        ["Twilio:ApiTimeoutSeconds"] = "5",
        ["Twilio:Numbers:0:PhoneNumber"] = "(555) 555-0100",
        ["Twilio:Numbers:0:AccountSid"] = AccountSid,
        ["Twilio:Numbers:0:AuthToken"] = AuthToken,
        ["Twilio:Numbers:0:SmsInboxId"] = SmsInbox,
        ["Twilio:Numbers:0:VoiceInboxId"] = VoiceInbox,
        ["Twilio:Numbers:1:PhoneNumber"] = OtherNumber,
        ["Twilio:Numbers:1:AccountSid"] = OtherAccountSid,
        ["Twilio:Numbers:1:AuthToken"] = OtherAuthToken,
        ["Twilio:Numbers:1:SmsInboxId"] = "sms-other",
    };
}
