using System.Text;

namespace CityCrm.Channels.Email.Tests.Fuzzing;

/// <summary>
/// Reproducible damage to captured emails from one seed: flipped bytes, cuts, early ends, invalid UTF-8 and NUL bytes,
/// header lines duplicated or removed, and pieces of another email spliced in (a part, or its headers).
/// </summary>
public sealed class MailMutator(int seed)
{
    private static readonly byte[][] BadBytes = [[0xC3, 0x28], [0xFF], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0x00], [0x0D], [0x0A], [0x0D, 0x0A, 0x0D, 0x0A]];

    public Random Random { get; } = new(seed);

    public int Seed => seed;

    /// <summary>A damaged copy of <paramref name="mail"/>; <paramref name="other"/> is the email pieces are spliced from.</summary>
    public byte[] Mutate(byte[] mail, byte[] other)
    {
        var bytes = mail.ToList();
        for (var i = Random.Next(1, 5); i > 0; i--)
        {
            var at = bytes.Count == 0 ? 0 : Random.Next(bytes.Count);
            switch (Random.Next(9))
            {
                case 0 when bytes.Count > 0: bytes[at] ^= (byte)(1 << Random.Next(8)); break;
                case 1 when bytes.Count > 0: bytes.RemoveRange(at, Math.Min(bytes.Count - at, Random.Next(1, 200))); break;
                case 2: bytes.InsertRange(at, BadBytes[Random.Next(BadBytes.Length)]); break;
                case 3: bytes = HeaderLines(bytes, duplicate: true); break;
                case 4: bytes = HeaderLines(bytes, duplicate: false); break;
                case 5 when other.Length > 0:
                    var from = Random.Next(other.Length);
                    bytes.InsertRange(at, other.Skip(from).Take(Random.Next(1, 4000))); break;
                case 6 when bytes.Count > 0: bytes.InsertRange(at, bytes.Skip(at).Take(Random.Next(1, 2000)).ToList()); break;
                case 7: bytes.InsertRange(LineStart(bytes, at), Encoding.ASCII.GetBytes(HostileLine())); break;
                default: bytes = bytes.Take(at).ToList(); break;
            }
        }
        return [.. bytes];
    }

    // One header line (with its folded continuation) repeated a few times, or removed.
    private List<byte> HeaderLines(List<byte> bytes, bool duplicate)
    {
        var text = Encoding.Latin1.GetString([.. bytes]);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end <= 0)
            return bytes;
        var lines = text[..end].Split("\r\n").ToList();
        var at = Random.Next(lines.Count);
        if (duplicate)
            lines.InsertRange(at, Enumerable.Repeat(lines[at], Random.Next(1, 50)));
        else
            lines.RemoveAt(at);
        return [.. Encoding.Latin1.GetBytes(string.Join("\r\n", lines) + text[end..])];
    }

    private static int LineStart(List<byte> bytes, int at)
    {
        while (at > 0 && bytes[at - 1] != (byte)'\n')
            at--;
        return at;
    }

    private string HostileLine() => Random.Next(6) switch
    {
        0 => "Content-Type: multipart/mixed; boundary=\"\"\r\n",
        1 => "Content-Transfer-Encoding: base64\r\n",
        2 => "Content-Type: text/html; charset=x-unknown\r\n",
        3 => "Subject: =?utf-8?q?a=0D=0AX-Injected:_1?=\r\n",
        4 => "Message-ID: <\r\n X-Injected: 1@x>\r\n",
        _ => "--" + new string('-', Random.Next(0, 80)) + "\r\n",
    };
}
