namespace CityCrm.EndToEnd.Tests.Browser;

/// <summary>
/// The host with maildev as its mailbox, no quiet hours (the test runs at any time of day) and a confirmation asked
/// above one recipient, so a small segment goes through the page's confirmation step.
/// </summary>
public sealed class OutreachBrowserFixture : PortalBrowserFixture
{
    protected override IEnumerable<string> MoreArguments =>
        ["--Outreach:QuietStart", "00:00", "--Outreach:QuietEnd", "00:00", "--Outreach:ConfirmAbove", "1"];
}
