using System.Net.Sockets;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace CityCrm.Channels.Email.Outbound;

/// <summary>
/// What a failed SMTP exchange means for the outbox: a permanent refusal of this message (a 5xx reply to the
/// recipient or the message) fails it for good with the server's words; anything else (no server, a timeout, a 4xx
/// "try later", a dropped connection, a sign-in problem staff can fix) keeps it for another attempt.
/// </summary>
public static class SmtpFailures
{
    public static SendOutcome Classify(Exception exception) => exception switch
    {
        SmtpCommandException command when (int)command.StatusCode >= 500 && command.ErrorCode != SmtpErrorCode.SenderNotAccepted =>
            SendOutcome.Failed($"The mail server refused the message: {(int)command.StatusCode} {command.Message}"),
        SmtpCommandException command =>
            SendOutcome.Retry($"The mail server answered {(int)command.StatusCode}: {command.Message}"),
        AuthenticationException auth => SendOutcome.Retry($"Signing in to the mail server failed: {auth.Message}"),
        SocketException socket => SendOutcome.Retry($"The mail server cannot be reached: {socket.Message}"),
        TimeoutException or OperationCanceledException => SendOutcome.Retry("The mail server did not answer in time."),
        _ => SendOutcome.Retry($"Sending to the mail server failed: {exception.Message}"),
    };
}
