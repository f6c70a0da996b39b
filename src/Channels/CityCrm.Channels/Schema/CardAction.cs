namespace CityCrm.Channels.Schema;

/// <summary>One button: imBack posts <see cref="Value"/> back as the resident's text; openUrl opens a link.</summary>
public sealed record CardAction(string Type, string Title, string? Value = null)
{
    public static CardAction ImBack(string title, string? value = null) => new("imBack", title, value ?? title);
    public static CardAction OpenUrl(string title, string url) => new("openUrl", title, url);
}
