namespace CityCrm.Channels.Meta;

/// <summary>One phone number registered with the WhatsApp Cloud API.</summary>
public sealed class WhatsAppNumber
{
    /// <summary>Meta's id of the number (metadata.phone_number_id in webhooks, the path of send calls).</summary>
    public string PhoneNumberId { get; set; } = "";

    /// <summary>The number as residents see it ("+1 555-555-0100"), for staff.</summary>
    public string DisplayPhoneNumber { get; set; } = "";

    /// <summary>A system user's access token with whatsapp_business_messaging. Keep it out of source control.</summary>
    public string AccessToken { get; set; } = "";

    /// <summary>The inbox (channel "whatsapp") the number's messages arrive in.</summary>
    public string InboxId { get; set; } = "";
}
