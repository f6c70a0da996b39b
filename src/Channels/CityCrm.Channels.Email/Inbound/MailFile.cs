using MimeKit;

namespace CityCrm.Channels.Email.Inbound;

/// <summary>A file attached to an email, decoded lazily so one too large to keep is never held in memory twice.</summary>
/// <param name="Name">The sender's file name (or one made up from the type when it gave none).</param>
/// <param name="ContentType">The declared media type.</param>
/// <param name="Size">The decoded size in bytes.</param>
/// <param name="Entity">The MIME part (or attached message) it comes from.</param>
public sealed record MailFile(string Name, string ContentType, long Size, MimeEntity Entity)
{
    /// <summary>The decoded content.</summary>
    public byte[] ReadContent()
    {
        using var buffer = new MemoryStream();
        WriteTo(Entity, buffer);
        return buffer.ToArray();
    }

    internal static void WriteTo(MimeEntity entity, Stream output)
    {
        switch (entity)
        {
            case MimePart { Content: { } content }:
                content.DecodeTo(output);
                break;
            case MessagePart { Message: { } message }:
                message.WriteTo(output);
                break;
        }
    }
}
