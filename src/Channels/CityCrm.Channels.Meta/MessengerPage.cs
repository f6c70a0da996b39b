namespace CityCrm.Channels.Meta;

/// <summary>One Facebook page whose Messenger conversations the city answers.</summary>
public sealed class MessengerPage
{
    /// <summary>The page's id (entry[].id and recipient.id in webhooks).</summary>
    public string PageId { get; set; } = "";

    /// <summary>The page access token with pages_messaging. Keep it out of source control.</summary>
    public string AccessToken { get; set; } = "";

    /// <summary>The inbox (channel "messenger") the page's messages arrive in.</summary>
    public string InboxId { get; set; } = "";
}
