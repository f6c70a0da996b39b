using CityCrm.Channels.Email.Tests.Support;

namespace CityCrm.EndToEnd.Tests.Browser;

/// <summary>
/// The browser fixture with maildev as the city mailbox's SMTP server, so the portal's sign-in codes arrive where the
/// test reads them, exactly as a resident's mail program would.
/// </summary>
public class PortalBrowserFixture : BrowserFixture
{
    public MailDevServer Mail { get; } = new();

    protected override async Task<string[]> BeforeHostAsync()
    {
        await Mail.StartAsync();
        return
        [
            "--Email:Mailboxes:0:Smtp:Host", "127.0.0.1",
            "--Email:Mailboxes:0:Smtp:Port", Mail.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--Email:Mailboxes:0:Smtp:Security", "None",
            .. MoreArguments,
        ];
    }

    /// <summary>More host arguments a test class needs beside the mailbox.</summary>
    protected virtual IEnumerable<string> MoreArguments => [];

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await ((IAsyncLifetime)Mail).DisposeAsync();
    }
}
