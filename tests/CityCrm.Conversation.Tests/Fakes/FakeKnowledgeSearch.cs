using CityCrm.Knowledge;

namespace CityCrm.Conversations.Tests.Fakes;

/// <summary>Returns the result registered for a question; anything else is "no hits".</summary>
public sealed class FakeKnowledgeSearch : IKnowledgeSearch
{
    private readonly Dictionary<string, KnowledgeResult> results = new(StringComparer.OrdinalIgnoreCase);

    public List<string> Asked { get; } = [];

    public void Add(string question, AnswerDecision decision, params KnowledgeHit[] hits) =>
        results[question] = new KnowledgeResult(question, hits, decision == AnswerDecision.Answer ? 0.9 : 0.4, decision);

    public Task<KnowledgeResult> SearchAsync(string question, int top, CancellationToken cancellationToken)
    {
        Asked.Add(question);
        return Task.FromResult(results.GetValueOrDefault(question) ?? new KnowledgeResult(question, [], 0, AnswerDecision.OfferHandoff));
    }
}
