namespace CityCrm.Conversations.Outreach;

/// <summary>Something residents can subscribe to: its id (used in segments), its keyword and its names per language.</summary>
/// <param name="Id">"trash-route-4": the topic segments and broadcasts name.</param>
/// <param name="Keyword">What residents type after SUBSCRIBE ("TRASH").</param>
/// <param name="KeywordEs">What they type after SUSCRIBIR ("BASURA"); either keyword works in either language.</param>
public sealed record SubscriptionTopic(string Id, string Keyword, string Name, string? NameEs = null, string? KeywordEs = null)
{
    public SubscriptionTopic()
        : this("", "", "")
    {
    }

    /// <summary>The topic's name for a resident reading <paramref name="language"/>.</summary>
    public string NameFor(string language) => language == "es" && !string.IsNullOrWhiteSpace(NameEs) ? NameEs : Name;

    /// <summary>The keyword to show a resident reading <paramref name="language"/>, in capitals.</summary>
    public string KeywordFor(string language) => (language == "es" && !string.IsNullOrWhiteSpace(KeywordEs) ? KeywordEs : Keyword).ToUpperInvariant();

    /// <summary>True when <paramref name="word"/> is the topic's id or one of its keywords (any case).</summary>
    public bool IsCalled(string word) =>
        new[] { Id, Keyword, KeywordEs }.Any(k => !string.IsNullOrWhiteSpace(k) && string.Equals(k.Trim(), word.Trim(), StringComparison.OrdinalIgnoreCase));
}
