namespace CityCrm.Channels.Email.Outbound;

/// <summary>One recipient a bounce reports on.</summary>
/// <param name="Address">The recipient we wrote to, lower case.</param>
/// <param name="Action">"failed", or for a standard DSN also "delayed", "delivered", "relayed" or "expanded".</param>
/// <param name="Status">The enhanced status code ("5.1.1"), when given.</param>
/// <param name="Diagnostic">The remote server's words ("550 5.1.1 User unknown"), when given.</param>
public sealed record BouncedRecipient(string Address, string Action, string? Status, string? Diagnostic)
{
    /// <summary>Delivery to this recipient failed for good.</summary>
    public bool Failed => string.Equals(Action, "failed", StringComparison.OrdinalIgnoreCase);

    /// <summary>A short reason for staff: status and diagnostic, or the action when the bounce says no more.</summary>
    public string Reason =>
        string.Join(" ", new[] { Status, Diagnostic }.Where(s => !string.IsNullOrWhiteSpace(s))) is { Length: > 0 } reason ? reason : Action;
}
