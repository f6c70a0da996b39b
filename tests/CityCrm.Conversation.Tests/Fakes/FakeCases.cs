using CityCrm.CaseCore;

namespace CityCrm.Conversations.Tests.Fakes;

/// <summary>
/// A small catalogue (pothole, street light, graffiti with questions), a parser that knows "Elm Street" and "Oak St", and an in-memory case
/// service with the real scoping rule: a resident sees only their own cases.
/// </summary>
public sealed class FakeCases : IServiceCatalog, ILocationParser, ICaseService
{
    private static readonly ServiceDefinition Pothole = new("pothole", "Pothole", "Public Works", "Holes in the road", ["pothole"]);
    private static readonly ServiceDefinition Light = new("streetlight-out", "Street light out", "Public Works", "Lights", ["street light", "streetlight"]);

    // Questions as Boston's definitions have them: a list, a conditional follow-up, a number.
    private static readonly ServiceDefinition Graffiti = new("graffiti", "Graffiti", "Public Works", "Paint on walls", ["graffiti"])
    {
        Attributes =
        [
            new ServiceAttribute("surface", "What is the graffiti on?", AttributeDatatype.SingleValueList, Required: true, Order: 1)
            {
                Values = [new AttributeValue("wall", "A wall"), new AttributeValue("fence", "A fence"), new AttributeValue("other", "Something else")],
            },
            new ServiceAttribute("other_surface", "What is it on, then?", AttributeDatatype.String, Required: true, Order: 2)
            {
                Condition = new AttributeCondition("OR", [new AttributeRule("surface", "eq", "other")]),
            },
            new ServiceAttribute("size", "About how many square feet does it cover?", AttributeDatatype.Number, Required: true, Order: 3),
            new ServiceAttribute("note", "Anything else the crew should know?", AttributeDatatype.Text, Order: 4),
        ],
    };

    public List<Case> Opened { get; } = [];

    /// <summary>Cases filed elsewhere (another resident, another channel) that agents can look up.</summary>
    public List<Case> Known { get; } = [];

    public IReadOnlyList<ServiceDefinition> Services => [Pothole, Light, Graffiti];

    public ServiceDefinition? Find(string code) => Services.FirstOrDefault(s => s.Code == code);

    public ServiceMatch? Classify(string text) =>
        Services.Where(s => s.Keywords.Any(k => text.Contains(k, StringComparison.OrdinalIgnoreCase)))
            .Select(s => new ServiceMatch(s, 0.9)).FirstOrDefault();

    /// <summary>A lone match scores 0.9; several matches tie at 0.4, as the real catalogue scores near-ties low.</summary>
    public IReadOnlyList<ServiceMatch> Suggest(string text, int top)
    {
        var matched = Services.Where(s => s.Keywords.Any(k => text.Contains(k, StringComparison.OrdinalIgnoreCase))).ToList();
        return matched.Select(s => new ServiceMatch(s, matched.Count == 1 ? 0.9 : 0.4)).Take(top).ToList();
    }

    public string? TryExtract(string text) =>
        text.Contains("elm street", StringComparison.OrdinalIgnoreCase) ? "Elm Street"
        : text.Contains("oak st", StringComparison.OrdinalIgnoreCase) ? "Oak St"
        : null;

    public Task<Case> OpenAsync(OpenCaseRequest request, CancellationToken cancellationToken)
    {
        var opened = new Case(Guid.NewGuid().ToString("N"), $"R-{100001 + Opened.Count}", Find(request.ServiceCode)!, request, DateTimeOffset.UtcNow);
        Opened.Add(opened);
        return Task.FromResult(opened);
    }

    public Task<Case?> FindForRequesterAsync(string reference, string contactId, CancellationToken cancellationToken) =>
        Task.FromResult(Opened.FirstOrDefault(c => c.Reference.Equals(reference, StringComparison.OrdinalIgnoreCase) && c.ContactId == contactId));

    public Task<Case?> FindAsync(string reference, CancellationToken cancellationToken) =>
        Task.FromResult(Opened.Concat(Known).FirstOrDefault(c => c.Reference.Equals(reference, StringComparison.OrdinalIgnoreCase)));
}
