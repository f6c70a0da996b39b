namespace CityCrm.Channels.Email;

/// <summary>How to reach and sign in to an IMAP or SMTP server.</summary>
public sealed class MailServerOptions
{
    public string Host { get; set; } = "";

    public int Port { get; set; }

    /// <summary>"None", "StartTls", "SslOnConnect" or "Auto" (MailKit's SecureSocketOptions).</summary>
    public string Security { get; set; } = "Auto";

    /// <summary>Empty when the server takes mail without signing in (a local relay).</summary>
    public string UserName { get; set; } = "";

    public string Password { get; set; } = "";
}
