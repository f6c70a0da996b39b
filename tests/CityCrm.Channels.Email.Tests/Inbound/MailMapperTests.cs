using System.Text.Json;
using CityCrm.Channels.Email.Inbound;
using CityCrm.Channels.Email.Tests.Support;

namespace CityCrm.Channels.Email.Tests.Inbound;

/// <summary>Each captured email mapped to our activity: sender, text, files and thread headers.</summary>
public sealed class MailMapperTests
{
    [Fact]
    public void Map_PlainText_SenderLowerCasedTextWithoutSignature()
    {
        var mail = Payload.Map("plain.eml");

        Assert.Equal("maria.lopez@mail.example", mail.Address);
        Assert.Equal("Maria Lopez", mail.DisplayName);
        Assert.Equal("email", mail.Activity.ChannelId);
        Assert.Equal("maria.lopez@mail.example", mail.Activity.From!.Id);
        Assert.Equal("CAF7k2m1@mail.example", mail.MessageId);
        Assert.Equal("Hello,\n\nWhen is bulk trash pickup on Maple Avenue? I have an old couch to put out.\n\nThanks,\nMaria", mail.Activity.Text);
        Assert.Contains("412 Maple Avenue", Payload.Data(mail, "fullText"));
        Assert.False(mail.IsAutomatic);
        Assert.Empty(mail.Files);
        Assert.Null(mail.Activity.Attachments);
    }

    [Fact]
    public void Map_HtmlOnly_ReadAsTextWithLineBreaksEntitiesAndLinks()
    {
        var mail = Payload.Map("html-only.eml");

        var text = mail.Activity.Text!;
        Assert.StartsWith("The streetlight at Oak & 5th is out.\n\nIt has been dark for a week \u2014 please fix it.\nPhoto: my photo (https://photos.mail.example/abc)", text);
        Assert.Contains("- Pole number 1142\n- Near the bus stop", text);
        Assert.DoesNotContain("color: red", text);
        Assert.DoesNotContain("Streetlight\n", text);
        Assert.DoesNotContain("<", text);
    }

    [Fact]
    public void Map_MultipartAlternative_PlainPartPreferred()
    {
        var mail = Payload.Map("alternative.eml");

        Assert.Equal("I would like a second recycling bin for 88 Birch Road (plain part).", mail.Activity.Text);
        Assert.Empty(mail.Files);
    }

    [Fact]
    public void Map_ReplyQuotingOurs_ThreadIdsAndNewTextOnly()
    {
        var mail = Payload.Map("reply-quoting.eml");

        Assert.Equal("Thank you! Can I also leave a mattress out?", mail.Activity.Text);
        Assert.Equal(["reply-1.conv@riverton.example", "CAF7k2m1@mail.example"], mail.ThreadIds);
        Assert.Equal("reply-1.conv@riverton.example", Payload.Data(mail, "inReplyTo"));
        Assert.Contains("> Bulk trash on Maple Avenue", Payload.Data(mail, "fullText"));
        var references = mail.Activity.ChannelData!.Value.GetProperty("references").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(["CAF7k2m1@mail.example", "reply-1.conv@riverton.example"], references);
    }

    [Fact]
    public void Map_OutlookOriginalMessage_HistoryCut()
    {
        var mail = Payload.Map("outlook-reply.eml");

        Assert.Equal("The crew will start on Monday as planned.\n\nLee Grant\nGrant Paving", mail.Activity.Text);
        Assert.Equal("lgrant@contractor.example", mail.Address);
        Assert.Equal("Grant, Lee", mail.DisplayName);
    }

    [Fact]
    public void Map_OutlookHeaderBlockUnderLine_HistoryCut()
    {
        var mail = Payload.Map("outlook-header-block.eml");

        Assert.Equal("Still not collected today.", mail.Activity.Text);
    }

    [Fact]
    public void Map_SubjectWithCaseReference_ReferenceExtracted()
    {
        var mail = Payload.Map("case-subject.eml");

        Assert.Equal("R-100001", mail.CaseReference);
        Assert.Equal("R-100001", Payload.Data(mail, "caseReference"));
        Assert.Equal("Re: Pothole on Elm Street [#R-100001]", Payload.Data(mail, "subject"));
        Assert.Empty(mail.ThreadIds);
    }

    [Fact]
    public void Map_QuotedPrintableLatin1_DecodedTextAndHeaders()
    {
        var mail = Payload.Map("qp-latin1.eml");

        Assert.Equal("Bonjour, le caf\u00e9 du coin a une fuite d'eau devant la fa\u00e7ade. Merci, se\u00f1or.", mail.Activity.Text);
        Assert.Equal("Andr\u00e9 Dupr\u00e9", mail.DisplayName);
        Assert.Equal("Fuite d'eau \u00e0 la fa\u00e7ade", mail.Subject);
    }

    [Fact]
    public void Map_Base64Utf8_DecodedText()
    {
        var mail = Payload.Map("base64-utf8.eml");

        Assert.Equal("Hola, hay un \u00e1rbol ca\u00eddo en la calle Ni\u00f1o \u2014 \u65e5\u672c\u306e\u65b9\u3082\u56f0\u3063\u3066\u3044\u307e\u3059. \u00bfPueden ayudar?", mail.Activity.Text);
        Assert.Equal("Jos\u00e9 N\u00fa\u00f1ez", mail.DisplayName);
        Assert.Equal("\u00c1rbol ca\u00eddo", mail.Subject);
    }

    [Fact]
    public void Map_Windows1252_SmartQuotesEuroAndDash()
    {
        var mail = Payload.Map("windows-1252.eml");

        Assert.Equal("I got a \u201cno parking\u201d ticket for \u20ac35 \u2014 but the sign was covered.", mail.Activity.Text);
    }

    [Fact]
    public void Map_ImageAndPdf_ListedWithNameTypeAndSize()
    {
        var mail = Payload.Map("attachments.eml");

        Assert.Equal("Photo and the incident report attached.", mail.Activity.Text);
        Assert.Collection(mail.Files,
            f => { Assert.Equal(("wall.jpg", "image/jpeg", 91L), (f.Name, f.ContentType, f.Size)); Assert.Equal(0xFF, f.ReadContent()[0]); },
            f => { Assert.Equal(("report.pdf", "application/pdf"), (f.Name, f.ContentType)); Assert.StartsWith("%PDF-1.4", System.Text.Encoding.ASCII.GetString(f.ReadContent())); });
        var listed = mail.Activity.Attachments!;
        Assert.Equal(["wall.jpg", "report.pdf"], listed.Select(a => a.Name));
        Assert.Equal(91, listed[0].Content!.Value.GetProperty("size").GetInt64());
        Assert.All(listed, a => Assert.Null(a.ContentUrl));
        Assert.Equal(mail.Files[1].Size, listed[1].Content!.Value.GetProperty("size").GetInt64());
    }

    [Theory]
    [InlineData("auto-replied.eml")]
    [InlineData("bulk.eml")]
    [InlineData("dsn-bounce.eml")]
    public void Map_MachineSentMail_IsAutomatic(string payload)
    {
        Assert.True(Payload.Map(payload).IsAutomatic);
    }

    [Fact]
    public void Map_DsnBounce_ReportTextAndReportPartsAsFiles()
    {
        var mail = Payload.Map("dsn-bounce.eml");

        Assert.Contains("550 5.1.1 User unknown", mail.Activity.Text);
        Assert.Equal("mailer-daemon@mx.mail.example", mail.Address);
        Assert.Contains(mail.Files, f => f.ContentType == "message/delivery-status");
    }

    [Fact]
    public void Map_MalformedMime_MapsWithoutThrowing()
    {
        var mail = Payload.Map("malformed.eml");

        Assert.Equal("broken@mail.example", mail.Address);
        Assert.NotNull(mail.Activity.Text);
    }

    [Fact]
    public void Map_MissingFrom_NoAddress()
    {
        var mail = Payload.Map("missing-from.eml");

        Assert.Null(mail.Address);
        Assert.Null(mail.Activity.From!.Id);
        Assert.Equal("Who sent this?", mail.Activity.Text);
    }

    [Fact]
    public void Map_HugeHeader_SubjectCutAndBodyRead()
    {
        var mail = Payload.Map("huge-header.eml");

        Assert.Equal(MailMapper.MaxSubjectLength, mail.Subject.Length);
        Assert.Equal("The music next door is too loud every night.", mail.Activity.Text);
        Assert.Equal("huge-header-1@mail.example", mail.MessageId);
    }

    [Fact]
    public void Map_HtmlWithScript_ScriptAndStyleDroppedMarkupLeftAsText()
    {
        var mail = Payload.Map("html-script.eml");

        Assert.Equal("Do I need a permit for a fence?\n\n<b>not bold</b>", mail.Activity.Text);
        Assert.DoesNotContain("alert", Payload.Data(mail, "fullText"));
        Assert.DoesNotContain("display:none", Payload.Data(mail, "fullText"));
    }

    [Fact]
    public void Map_Any_KeepsRecipientAndTimestamp()
    {
        var mail = Payload.Map("plain.eml");

        Assert.Equal("311@riverton.example", mail.Activity.Recipient!.Id);
        Assert.Equal(Payload.ReceivedAt, mail.Activity.Timestamp);
        Assert.Equal(JsonValueKind.Object, mail.Activity.ChannelData!.Value.ValueKind);
    }
}
