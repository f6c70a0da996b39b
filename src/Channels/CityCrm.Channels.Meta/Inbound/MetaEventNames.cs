namespace CityCrm.Channels.Meta.Inbound;

/// <summary>Names of the event activities stored for Meta messages the bot must not answer as text.</summary>
public static class MetaEventNames
{
    /// <summary>A message type the service cannot read (a sticker, a poll...): stored for staff, answered with a fixed text.</summary>
    public const string Unsupported = "meta.unsupported";

    /// <summary>The entity type of a shared location (latitude, longitude, name, address).</summary>
    public const string LocationEntity = "location";
}
