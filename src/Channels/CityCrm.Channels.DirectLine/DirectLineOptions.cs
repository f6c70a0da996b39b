namespace CityCrm.Channels.DirectLine;

/// <summary>Configuration of the Direct Line 3.0 endpoint (section "DirectLine").</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>The inbox every Direct Line conversation belongs to; it must be configured under Conversations:Inboxes.</summary>
    public string InboxId { get; set; } = "web";

    /// <summary>
    /// Secrets a web site's back end presents to generate tokens (or to talk to the endpoint directly).
    /// Never put one in a page: the resident page gets tokens from <c>POST /webchat/token</c>.
    /// </summary>
    public List<string> Secrets { get; set; } = [];

    /// <summary>
    /// The HMAC key tokens are signed with (at least 32 characters). When empty, a random key is generated
    /// once and kept in <see cref="DataDirectory"/>, so tokens survive restarts.
    /// </summary>
    public string? TokenSigningKey { get; set; }

    /// <summary>The instance's data folder (signing key, uploads); set by the host.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>How long a token is valid, in seconds; a refresh starts a new period.</summary>
    public int TokenLifetimeSeconds { get; set; } = 1800;

    /// <summary>The largest activity a client may post, in bytes.</summary>
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>The largest uploaded file, in bytes.</summary>
    public long MaxUploadFileBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>How many files one upload may carry.</summary>
    public int MaxUploadFiles { get; set; } = 10;

    /// <summary>How many activities one polling response or one replay frame carries at most.</summary>
    public int PageSize { get; set; } = 100;

    public string UploadsDirectory =>
        Path.Combine(DataDirectory ?? throw new InvalidOperationException("DirectLine:DataDirectory is not set."), "uploads");
}
