namespace CityCrm.Channels.Meta.Tests.Support;

/// <summary>The test app, number and page the captured payloads (Payloads/*.json) belong to.</summary>
public static class TestMeta
{
    public const string AppSecret = "riverton-test-app-secret-0123456789";
    public const string VerifyToken = "riverton-test-verify-token";
    public const string GraphVersion = "v21.0";
    public const string PhoneNumberId = "106540352242922";
    public const string DisplayPhoneNumber = "+1 555-555-0100";
    public const string WhatsAppToken = "EAAtestWhatsAppSystemUserToken0123";
    public const string PageId = "104358202577071";
    public const string PageToken = "EAAtestMessengerPageToken456789";
    public const string Resident = "+15555550123";
    public const string ResidentWaId = "15555550123";
    public const string ResidentPsid = "7283947162538491";
    public const string WhatsAppInbox = "whatsapp";
    public const string MessengerInbox = "messenger";

    /// <summary>Configuration keys for a host or service collection serving the test number and page.</summary>
    public static Dictionary<string, string?> Settings(string graphBaseUrl = "https://graph.facebook.invalid") => new()
    {
        ["Meta:GraphBaseUrl"] = graphBaseUrl,
        ["Meta:GraphVersion"] = GraphVersion,
        ["Meta:AppSecret"] = AppSecret,
        ["Meta:VerifyToken"] = VerifyToken,
        ["Meta:ApiTimeoutSeconds"] = "5",
        ["Meta:WhatsApp:0:PhoneNumberId"] = PhoneNumberId,
        ["Meta:WhatsApp:0:DisplayPhoneNumber"] = DisplayPhoneNumber,
        ["Meta:WhatsApp:0:AccessToken"] = WhatsAppToken,
        ["Meta:WhatsApp:0:InboxId"] = WhatsAppInbox,
        ["Meta:Messenger:0:PageId"] = PageId,
        ["Meta:Messenger:0:AccessToken"] = PageToken,
        ["Meta:Messenger:0:InboxId"] = MessengerInbox,
        ["Meta:Templates:0:Type"] = "reply",
        ["Meta:Templates:0:Name"] = "riverton_311_reply",
        ["Meta:Templates:0:Language"] = "en_US",
        ["Meta:Templates:0:Parameters:0"] = "author",
        ["Meta:Templates:0:Parameters:1"] = "text",
        ["Meta:Templates:1:Type"] = "case-update",
        ["Meta:Templates:1:Name"] = "riverton_311_request_update",
        ["Meta:Templates:1:Language"] = "en_US",
        ["Meta:Templates:1:Parameters:0"] = "reference",
        ["Meta:Templates:1:Parameters:1"] = "text",
    };
}
