using CityCrm.Channels.Email.Inbound;
using MimeKit;

namespace CityCrm.Channels.Email.Tests.Inbound;

/// <summary>Which emails a machine sent, so that the bot never answers them.</summary>
public sealed class AutoSubmittedTests
{
    private static MimeMessage Message(string from, params (string Name, string Value)[] headers)
    {
        var message = new MimeMessage { Subject = "Hello", Body = new TextPart("plain") { Text = "Hi" } };
        message.From.Add(MailboxAddress.Parse(from));
        foreach (var (name, value) in headers)
            message.Headers.Add(name, value);
        return message;
    }

    [Fact]
    public void IsAutomatic_AutoSubmittedNo_False()
    {
        Assert.False(AutoSubmitted.IsAutomatic(Message("ana@mail.example", ("Auto-Submitted", "no"))));
    }

    [Theory]
    [InlineData("Auto-Submitted", "auto-generated")]
    [InlineData("Precedence", "junk")]
    [InlineData("Precedence", "list")]
    [InlineData("List-Id", "<parents.lists.example>")]
    public void IsAutomatic_MachineHeader_True(string header, string value)
    {
        Assert.True(AutoSubmitted.IsAutomatic(Message("ana@mail.example", (header, value))));
    }

    [Theory]
    [InlineData("noreply@shop.example")]
    [InlineData("No-Reply@shop.example")]
    [InlineData("MAILER-DAEMON@mx.example")]
    [InlineData("postmaster@mx.example")]
    [InlineData("bounces+1234@lists.example")]
    public void IsAutomatic_MachineSender_True(string from)
    {
        Assert.True(AutoSubmitted.IsAutomatic(Message(from)));
    }

    [Theory]
    [InlineData("noreen@mail.example")]
    [InlineData("replyguy@mail.example")]
    public void IsAutomatic_PersonWithSimilarName_False(string from)
    {
        Assert.False(AutoSubmitted.IsAutomatic(Message(from)));
    }
}
