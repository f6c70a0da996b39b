namespace CityCrm.Channels.Email.Outbound;

/// <summary>A delivery status notification (or a mail server's non-standard bounce) and the recipients it names.</summary>
/// <param name="Standard">A multipart/report DSN (RFC 3464), rather than a bounce recognized by its sender and subject.</param>
/// <param name="Recipients">The recipients it reports on; possibly none when a non-standard bounce names nobody we can find.</param>
public sealed record MailBounce(bool Standard, IReadOnlyList<BouncedRecipient> Recipients)
{
    /// <summary>The recipients whose delivery failed for good.</summary>
    public IEnumerable<BouncedRecipient> Failures => Recipients.Where(r => r.Failed);
}
