using System.Text;

namespace CityCrm.Channels.Email.Inbound;

/// <summary>
/// What a hostile email may not carry into our store or our replies: control characters and broken surrogates in text,
/// unbounded lengths, addresses and Message-IDs that are not plain tokens (a CR/LF or a space in one would be a way
/// into the headers of the replies we send back).
/// </summary>
public static class MailSafety
{
    /// <summary>The longest address kept (RFC 5321's limit on a forward path).</summary>
    public const int MaxAddressLength = 254;

    /// <summary>The longest Message-ID kept; a longer one is treated as missing.</summary>
    public const int MaxMessageIdLength = 250;

    /// <summary>
    /// <paramref name="text"/> without control characters other than line breaks and tabs, broken surrogates replaced,
    /// cut at <paramref name="maxLength"/> (with a line saying how much was cut when <paramref name="note"/>).
    /// </summary>
    public static string Text(string text, int maxLength, bool note)
    {
        var clean = new StringBuilder(Math.Min(text.Length, maxLength));
        var dropped = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (clean.Length >= maxLength)
            {
                dropped = text.Length - i;
                break;
            }
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                // A pair is kept whole or not at all, so a cut never splits one.
                if (clean.Length + 2 > maxLength)
                {
                    dropped = text.Length - i;
                    break;
                }
                clean.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
                clean.Append('\uFFFD');
            else if (c is '\n' or '\t' || !char.IsControl(c))
                clean.Append(c);
        }
        if (dropped > 0 && note)
            clean.Append($"\n[{dropped} more characters of this email are not shown.]");
        return clean.ToString();
    }

    /// <summary>A display name on one line, without control characters, at most <paramref name="maxLength"/> long; null when empty.</summary>
    public static string? Name(string? name, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(name))
            return null;
        var oneLine = string.Join(' ', Text(name, int.MaxValue, note: false).Split((char[])['\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        var cut = Text(oneLine, maxLength, note: false).Trim();
        return cut.Length == 0 ? null : cut;
    }

    /// <summary>The address lower-cased when it is a plain local@domain token; null for anything else.</summary>
    public static string? Address(string? address)
    {
        var value = address?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(value) || value.Length > MaxAddressLength)
            return null;
        var at = value.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != value.LastIndexOf('@') || at == value.Length - 1)
            return null;
        return value.All(c => c > ' ' && c != '\u007f' && !char.IsControl(c) && !char.IsWhiteSpace(c) && !char.IsSurrogate(c) && "<>()[],;:\"\\".IndexOf(c) < 0)
            ? value
            : null;
    }

    /// <summary>A Message-ID (without angle brackets) when it is printable ASCII without spaces and not too long; else null.</summary>
    public static string? MessageId(string? id)
    {
        var value = id?.Trim();
        return string.IsNullOrEmpty(value) || value.Length > MaxMessageIdLength || !value.All(c => c is > ' ' and < '\u007f' and not ('<' or '>'))
            ? null
            : value;
    }
}
