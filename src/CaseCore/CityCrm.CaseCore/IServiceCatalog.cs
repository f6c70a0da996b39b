namespace CityCrm.CaseCore;

/// <summary>The city's service catalogue.</summary>
public interface IServiceCatalog
{
    IReadOnlyList<ServiceDefinition> Services { get; }

    ServiceDefinition? Find(string code);

    /// <summary>The most likely service for a free-text report, or null when nothing matches.</summary>
    ServiceMatch? Classify(string text);
}
