namespace CityCrm.CaseCore;

/// <summary>The city's service catalogue.</summary>
public interface IServiceCatalog
{
    IReadOnlyList<ServiceDefinition> Services { get; }

    ServiceDefinition? Find(string code);

    /// <summary>The most likely service for a free-text report, or null when nothing matches.</summary>
    ServiceMatch? Classify(string text);

    /// <summary>
    /// The most likely services for a free-text report, best first, at most <paramref name="top"/>; empty when
    /// nothing matches. The first entry is what <see cref="Classify"/> answers.
    /// </summary>
    IReadOnlyList<ServiceMatch> Suggest(string text, int top);
}
