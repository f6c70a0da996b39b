using System.Text.Json;
using CityCrm.Channels.Email.Inbound;
using MimeKit;

namespace CityCrm.Channels.Email.Tests.Support;

/// <summary>The captured raw emails under Payloads/, read as the mailbox reader reads them.</summary>
public static class Payload
{
    public static readonly DateTimeOffset ReceivedAt = new(2026, 3, 6, 15, 0, 0, TimeSpan.Zero);

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Payloads", name));

    public static MimeMessage Load(string name)
    {
        using var stream = new MemoryStream(Bytes(name));
        return MimeMessage.Load(stream);
    }

    public static InboundMail Map(string name) => MailMapper.Map(Load(name), "311@riverton.example", ReceivedAt);

    /// <summary>A string property of the mapped activity's channelData.</summary>
    public static string? Data(InboundMail mail, string property) =>
        mail.Activity.ChannelData is { } data && data.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
