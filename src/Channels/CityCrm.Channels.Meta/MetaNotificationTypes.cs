namespace CityCrm.Channels.Meta;

/// <summary>The notification types a template can be configured for, and the values its parameters can name.</summary>
public static class MetaNotificationTypes
{
    /// <summary>An agent's reply to the resident.</summary>
    public const string Reply = "reply";

    /// <summary>News about a request the resident reported.</summary>
    public const string CaseUpdate = "case-update";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Reply, CaseUpdate };

    /// <summary>The values a template parameter may name.</summary>
    public static readonly IReadOnlySet<string> ParameterNames =
        new HashSet<string>(StringComparer.Ordinal) { "text", "author", "reference", "service", "location" };
}
