namespace CityCrm.City311.Hardening;

/// <summary>
/// The <c>Limits</c> section: what one request may carry and how slowly it may arrive. Sizes are in bytes.
/// </summary>
public sealed class HostLimitOptions
{
    public const string Section = "Limits";

    /// <summary>The largest body of any request but an upload (Kestrel answers 413 beyond it).</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>The largest body of an upload (Direct Line files; Open311 filing, which may be multipart).</summary>
    public long MaxUploadBodyBytes { get; set; } = 48L * 1024 * 1024;

    /// <summary>All request headers together (Kestrel answers 431 beyond it).</summary>
    public int MaxRequestHeadersTotalBytes { get; set; } = 32 * 1024;

    /// <summary>How many request headers one request may have (431 beyond it).</summary>
    public int MaxRequestHeaderCount { get; set; } = 100;

    /// <summary>The request line (method, path and query string); 414 beyond it.</summary>
    public int MaxRequestLineBytes { get; set; } = 8 * 1024;

    /// <summary>How long a client may take to send its headers before the connection is closed.</summary>
    public int RequestHeadersTimeoutSeconds { get; set; } = 15;

    /// <summary>The slowest a body may arrive after the grace period; a slower one is cut off (slowloris).</summary>
    public double MinRequestBodyBytesPerSecond { get; set; } = 240;

    /// <summary>How long a body may be slower than <see cref="MinRequestBodyBytesPerSecond"/> at its start.</summary>
    public int MinRequestBodyGraceSeconds { get; set; } = 5;

    /// <summary>The deepest nesting a JSON body may have.</summary>
    public int MaxJsonDepth { get; set; } = 32;

    /// <summary>How many fields a form-encoded body (Twilio's webhooks, Open311) may have.</summary>
    public int MaxFormFields { get; set; } = 256;

    /// <summary>The longest value of one form field.</summary>
    public int MaxFormValueBytes { get; set; } = 64 * 1024;
}
