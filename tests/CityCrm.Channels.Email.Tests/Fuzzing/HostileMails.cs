using System.Text;

namespace CityCrm.Channels.Email.Tests.Fuzzing;

/// <summary>
/// Generated hostile emails, as raw bytes: structures nested thousands deep, huge headers and lines, thousands of parts,
/// broken transfer encodings and charsets, invalid UTF-8 and NUL bytes, and HTML bombs. Headers built to reach our
/// replies are in <see cref="HostileHeaders"/>.
/// </summary>
public static class HostileMails
{
    private const int TenMegabytes = 10 * 1024 * 1024;

    /// <summary>Every generated case by name, the header cases included.</summary>
    public static TheoryData<string> Names
    {
        get
        {
            var names = new TheoryData<string>();
            foreach (var name in Builders.Keys.Concat(HostileHeaders.Builders.Keys))
                names.Add(name);
            return names;
        }
    }

    private static Dictionary<string, Func<byte[]>> Builders { get; } = new()
    {
        ["multipart-5000-deep"] = () => Mail("Deep", ContentNested(5000, "multipart/mixed")),
        ["rfc822-2000-deep"] = () => Mail("Inside", ContentNested(2000, "message/rfc822")),
        ["header-block-20000"] = () => Mail("Many headers", "Content-Type: text/plain\r\n\r\nBody after many headers.\r\n",
            string.Concat(Enumerable.Range(0, 20_000).Select(i => $"X-Filler-{i}: {new string('h', 90)}\r\n"))),
        ["body-one-10mb-line"] = () => Mail("Long line", "Content-Type: text/plain; charset=utf-8\r\n\r\n" + new string('a', TenMegabytes)),
        ["subject-one-10mb-line"] = () => Mail(new string('s', TenMegabytes), "Content-Type: text/plain\r\n\r\nShort body.\r\n"),
        ["parts-5000"] = () => Mail("Many files", Multipart(Enumerable.Range(0, 5000).Select(i =>
            $"Content-Type: application/octet-stream; name=\"f{i}.bin\"\r\nContent-Disposition: attachment; filename=\"f{i}.bin\"\r\nContent-Transfer-Encoding: base64\r\n\r\nAAEC\r\n"))),
        ["broken-base64"] = () => Mail("Base64", Multipart([
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\nSGVsbG8gd29y!!!@@@###bGQ=====\r\nQUJD\r\n=\r\n",
            "Content-Type: image/png; name=x.png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo",
        ])),
        ["broken-quoted-printable"] = () => Mail("QP", "Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nCaf=E9 =ZZ =\r\n=0=\r\n" + new string('=', 5000) + "=E"),
        ["unknown-charset"] = () => Mail("Charset", ("Content-Type: text/plain; charset=x-klingon-9\r\n\r\nQapla\u00e9 \u00ff\u00fe\u0080\r\n")),
        ["lying-charsets"] = () => Mail("Lies", Multipart([
            ("Content-Type: text/plain; charset=utf-8\r\n\r\nCaf\u00e9 na\u00efve \u00ff\u00fe\r\n"),
            ("Content-Type: text/plain; charset=utf-16\r\n\r\nodd\u0081"),
            ("Content-Type: text/plain; charset=iso-2022-jp\r\n\r\n\u001b$B\u00ff\u00fe\u001b(B\r\n"),
            "Content-Type: text/plain; charset=\"\"\r\n\r\nempty charset\r\n",
        ])),
        ["invalid-utf8-and-nul"] = () => Mail("Bytes \u00ff\u0000\u0001", ("Content-Type: text/plain; charset=utf-8\r\n\r\nNUL\u0000here \u00c3\u0028 \u00ed\u00a0\u0080 \u00f8\u0088\u0080\u0080\u0080 \u0007\u001b[31m\r\n")),
        ["boundary-abuse"] = () => Mail("Boundaries", "Content-Type: multipart/mixed; boundary=\"\"\r\n\r\n--\r\nContent-Type: text/plain\r\n\r\nNo end\r\n--\r\n--" + new string('-', 10_000) + "\r\n"),
        ["html-200000-nested-divs"] = () => Mail("Html deep", "Content-Type: text/html\r\n\r\n<html><body>" + Repeat("<div>", 200_000) + "Deep text" + Repeat("</div>", 200_000)),
        ["html-wide-links-and-entities"] = () => Mail("Html wide", "Content-Type: text/html\r\n\r\n<p>" +
            Repeat("<a href=\"https://evil.example/x\">x</a>&amp;&#x1F4A9;&#99999999999;&bogus;", 100_000) + "<script>alert(1)</script></p>"),
        ["empty"] = () => [],
        ["only-a-body"] = () => Encoding.ASCII.GetBytes("Hello, no headers at all.\r\n"),
        ["nul-only"] = () => new byte[100_000],
        ["random-bytes"] = () =>
        {
            var bytes = new byte[1_000_000];
            new Random(311).NextBytes(bytes);
            return bytes;
        },
    };

    /// <summary>The raw email of the case <paramref name="name"/>.</summary>
    public static byte[] Build(string name) =>
        Builders.TryGetValue(name, out var build) ? build() : HostileHeaders.Builders[name]();

    /// <summary>A whole email from a resident: the given extra header lines, the subject, and the entity (its headers and body).</summary>
    public static byte[] Mail(string subject, string entity, string extraHeaders = "") =>
        Latin($"From: Resident <resident@mail.example>\r\nTo: 311@riverton.example\r\nSubject: {subject}\r\nDate: Mon, 9 Mar 2026 10:00:00 +0000\r\n"
            + $"Message-ID: <{Guid.NewGuid():N}@mail.example>\r\nMIME-Version: 1.0\r\n{extraHeaders}{entity}");

    /// <summary>A multipart/mixed entity holding <paramref name="parts"/>.</summary>
    public static string Multipart(IEnumerable<string> parts) =>
        "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n" + string.Concat(parts.Select(p => "--b\r\n" + p + "\r\n")) + "--b--\r\n";

    // Strings here stand for bytes one to one (Latin-1), so a case can hold any byte value.
    private static byte[] Latin(string text) => Encoding.Latin1.GetBytes(text);

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();

    private static string ContentNested(int depth, string type)
    {
        var text = new StringBuilder();
        for (var i = 0; i < depth; i++)
            text.Append(type == "message/rfc822"
                ? $"Content-Type: message/rfc822\r\n\r\nFrom: inner{i}@mail.example\r\nSubject: level {i}\r\n"
                : $"Content-Type: multipart/mixed; boundary=\"b{i}\"\r\n\r\n--b{i}\r\n");
        text.Append("Content-Type: text/plain\r\n\r\nThe innermost text.\r\n");
        if (type != "message/rfc822")
            for (var i = depth - 1; i >= 0; i--)
                text.Append($"--b{i}--\r\n");
        return text.ToString();
    }
}
