using System.Text;
using System.Text.Json;

namespace CityCrm.Channels.Meta.Tests.Support;

/// <summary>A captured webhook body (Payloads/*.json), kept as text so it is posted and signed byte for byte as stored.</summary>
public sealed class Payload(string text)
{
    public string Text { get; } = text;

    public static Payload Load(string name) => new(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Payloads", name)));

    /// <summary>A copy with every occurrence of <paramref name="oldValue"/> replaced (an id, a number), so tests never collide.</summary>
    public Payload With(string oldValue, string newValue)
    {
        Assert.Contains(oldValue, Text);
        return new Payload(Text.Replace(oldValue, newValue, StringComparison.Ordinal));
    }

    public byte[] Bytes => Encoding.UTF8.GetBytes(Text);

    /// <summary>The JSON, for the pure mappers.</summary>
    public JsonElement Root => JsonDocument.Parse(Text).RootElement.Clone();

    /// <summary>value of the first WhatsApp change.</summary>
    public JsonElement WhatsAppValue => Root.GetProperty("entry")[0].GetProperty("changes")[0].GetProperty("value");

    /// <summary>The first WhatsApp message.</summary>
    public JsonElement WhatsAppMessage => WhatsAppValue.GetProperty("messages")[0];

    /// <summary>The first Messenger event.</summary>
    public JsonElement Messaging => Root.GetProperty("entry")[0].GetProperty("messaging")[0];
}
