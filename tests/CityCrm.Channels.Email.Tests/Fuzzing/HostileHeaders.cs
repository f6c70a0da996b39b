using System.Text;

namespace CityCrm.Channels.Email.Tests.Fuzzing;

/// <summary>
/// Generated emails whose headers are the attack: CR/LF smuggled into Subject, From, Reply-To and Message-ID (raw,
/// folded, or inside RFC 2047 encoded words) to reach the headers of our replies; encoded-word abuse; absurd dates;
/// malformed, missing and enormous addresses and ids; hostile attachment names.
/// </summary>
public static class HostileHeaders
{
    /// <summary>The header a successful injection would add to a reply.</summary>
    public const string InjectedHeader = "X-Injected";

    private const string Plain = "Content-Type: text/plain; charset=utf-8\r\n\r\nPlease fix the streetlight on Oak Street.\r\n";

    internal static Dictionary<string, Func<byte[]>> Builders { get; } = new()
    {
        ["crlf-in-encoded-subject"] = () => Raw("From: eve@mail.example", "Subject: =?utf-8?q?Hello=0D=0ABcc:_victim@evil.test=0D=0AX-Injected:_1?="),
        ["crlf-in-base64-subject"] = () => Raw("From: eve@mail.example",
            "Subject: =?utf-8?b?" + Convert.ToBase64String(Encoding.UTF8.GetBytes("Hi\r\nX-Injected: 1\r\n\r\n<html>body</html>")) + "?="),
        ["crlf-in-from-name"] = () => Raw("From: =?utf-8?q?Eve=0D=0ABcc:_x@evil.test=0D=0AX-Injected:_1?= <eve@mail.example>", "Subject: Name"),
        ["folded-from-name"] = () => Raw("From: \"Eve\r\n X-Injected: 1\r\n Bcc: x@evil.test\" <eve@mail.example>", "Subject: Folded"),
        ["crlf-in-quoted-local-part"] = () => Raw("From: \"eve\\\r\nX-Injected: 1\"@mail.example", "Subject: Local part"),
        ["crlf-in-reply-to"] = () => Raw("Reply-To: =?utf-8?q?R=0D=0AX-Injected:_1?= <\"a\r\n b\"@evil.test>", "Subject: Reply-To only"),
        ["crlf-in-message-id"] = () => Raw("From: eve@mail.example", "Subject: Ids",
            "Message-ID: <=?utf-8?q?id=0D=0AX-Injected:_1?=@evil.test>\r\nIn-Reply-To: <a\r\n X-Injected: 1@evil.test>\r\nReferences: <b@x> =?utf-8?q?=0D=0AX-Injected:_1?= <c@\r\n x>\r\n"),
        ["encoded-word-abuse"] = () => Raw("From: =?x-bogus?q?=FF=FE?= =?utf-8?x?abc?= <eve@mail.example>",
            "Subject: " + string.Concat(Enumerable.Range(0, 5000).Select(i => $"=?utf-8?b?{(i % 3 == 0 ? "!!!" : "w6k=")}?= ")) + "=?utf-8?q?unterminated"),
        ["encoded-word-nested"] = () => Raw("From: eve@mail.example", "Subject: =?utf-8?q?=3D=3Futf-8=3Fq=3F=0D=0AX-Injected=3A_1=3F=3D?="),
        ["absurd-dates"] = () => Raw("From: eve@mail.example", "Subject: Dates\r\nDate: Fri, 31 Feb 99999 99:99:99 +9999\r\nDate: 0\r\nDate: -1"),
        ["no-date-no-from-no-subject"] = () => Encoding.ASCII.GetBytes("To: 311@riverton.example\r\n" + Plain),
        ["malformed-addresses"] = () => Raw("From: <<<@@>>>, ;;;; \"unterminated, @, a@, @b, <>", "Subject: Addresses\r\nSender: ,,,\r\nReply-To: <"),
        ["enormous-address"] = () => Raw($"From: {new string('a', 100_000)}@{new string('b', 100_000)}.example", "Subject: Long address"),
        ["enormous-name"] = () => Raw($"From: \"{new string('N', 200_000)}\" <eve@mail.example>", "Subject: Long name"),
        ["enormous-ids"] = () => Raw("From: eve@mail.example", "Subject: Long ids",
            $"Message-ID: <{new string('m', 200_000)}@mail.example>\r\nReferences: {string.Concat(Enumerable.Range(0, 50_000).Select(i => $"<r{i}@x> "))}\r\n"),
        ["control-characters-in-from"] = () => Raw("From: \"E\u0000v\u0007e\u001b[2J\" <e\u0000ve@mail.example>", "Subject: Controls"),
        ["hostile-file-names"] = () => Raw("From: eve@mail.example", "Subject: Files", body: HostileMails.Multipart([
            "Content-Type: text/plain\r\n\r\nSee the files.\r\n",
            "Content-Type: application/pdf; name=\"../../etc/passwd\"\r\nContent-Disposition: attachment; filename=\"..\\\\..\\\\win.ini\"\r\n\r\nx\r\n",
            "Content-Type: text/html; name=\"=?utf-8?q?a=0D=0AX-Injected:_1.html?=\"\r\nContent-Disposition: attachment\r\n\r\n<script>alert(1)</script>\r\n",
            $"Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"{new string('f', 50_000)}.exe\"\r\n\r\nx\r\n",
        ])),
    };

    // The captured headers' order: From (or its stand-in), Subject, then what the case adds, then a text body.
    private static byte[] Raw(string from, string subject, string extra = "", string body = Plain) =>
        Encoding.Latin1.GetBytes($"{from}\r\nTo: 311@riverton.example\r\n{subject}\r\n"
            + (extra.Contains("Message-ID", StringComparison.Ordinal) ? "" : $"Message-ID: <{Guid.NewGuid():N}@mail.example>\r\n")
            + $"MIME-Version: 1.0\r\n{extra}{body}");
}
