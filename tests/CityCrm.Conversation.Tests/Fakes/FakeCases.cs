using CityCrm.CaseCore;

namespace CityCrm.Conversations.Tests.Fakes;

/// <summary>
/// A small catalogue (pothole, street light), a parser that knows "Elm Street", and an in-memory case
/// service with the real scoping rule: a resident sees only their own cases.
/// </summary>
public sealed class FakeCases : IServiceCatalog, ILocationParser, ICaseService
{
    private static readonly ServiceDefinition Pothole = new("pothole", "Pothole", "Public Works", "Holes in the road", ["pothole"]);
    private static readonly ServiceDefinition Light = new("streetlight-out", "Street light out", "Public Works", "Lights", ["street light", "streetlight"]);

    public List<Case> Opened { get; } = [];

    public IReadOnlyList<ServiceDefinition> Services => [Pothole, Light];

    public ServiceDefinition? Find(string code) => Services.FirstOrDefault(s => s.Code == code);

    public ServiceMatch? Classify(string text) =>
        Services.Where(s => s.Keywords.Any(k => text.Contains(k, StringComparison.OrdinalIgnoreCase)))
            .Select(s => new ServiceMatch(s, 0.9)).FirstOrDefault();

    public IReadOnlyList<ServiceMatch> Suggest(string text, int top) =>
        Services.Where(s => s.Keywords.Any(k => text.Contains(k, StringComparison.OrdinalIgnoreCase)))
            .Select(s => new ServiceMatch(s, 0.9)).Take(top).ToList();

    public string? TryExtract(string text) =>
        text.Contains("elm street", StringComparison.OrdinalIgnoreCase) ? "Elm Street" : null;

    public Task<Case> OpenAsync(OpenCaseRequest request, CancellationToken cancellationToken)
    {
        var opened = new Case(Guid.NewGuid().ToString("N"), $"R-{100001 + Opened.Count}", Find(request.ServiceCode)!, request, DateTimeOffset.UtcNow);
        Opened.Add(opened);
        return Task.FromResult(opened);
    }

    public Task<Case?> FindForRequesterAsync(string reference, string contactId, CancellationToken cancellationToken) =>
        Task.FromResult(Opened.FirstOrDefault(c => c.Reference.Equals(reference, StringComparison.OrdinalIgnoreCase) && c.ContactId == contactId));

    public Task<Case?> FindAsync(string reference, CancellationToken cancellationToken) =>
        Task.FromResult(Opened.FirstOrDefault(c => c.Reference.Equals(reference, StringComparison.OrdinalIgnoreCase)));
}
