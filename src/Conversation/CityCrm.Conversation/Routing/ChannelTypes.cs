namespace CityCrm.Conversations.Routing;

/// <summary>The kinds of work capacity is counted in; every channel is one of them.</summary>
public static class ChannelTypes
{
    public const string Chat = "chat";
    public const string Sms = "sms";
    public const string Email = "email";
    public const string Phone = "phone";

    /// <summary>The capacity kind of a channel id: calls are phone work, texts and mail their own, every messenger chat.</summary>
    public static string Of(string channelId) => channelId switch
    {
        "voice" => Phone,
        "sms" => Sms,
        "email" => Email,
        _ => Chat,
    };
}
