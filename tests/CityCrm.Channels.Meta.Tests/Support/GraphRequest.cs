using System.Text.Json.Nodes;

namespace CityCrm.Channels.Meta.Tests.Support;

/// <summary>One send call that reached the fake Graph API, and the status it was answered with.</summary>
public sealed record GraphRequest(string Path, string Authorization, JsonNode? Body, int Status)
{
    /// <summary>WhatsApp's "to", or Messenger's recipient.id.</summary>
    public string? To => (string?)Body?["to"] ?? (string?)Body?["recipient"]?["id"];

    public string? Type => (string?)Body?["type"];

    /// <summary>The text the resident reads: a text body, an interactive body, or Messenger's message.text.</summary>
    public string? Text => (string?)Body?["text"]?["body"] ?? (string?)Body?["interactive"]?["body"]?["text"] ?? (string?)Body?["message"]?["text"];
}
