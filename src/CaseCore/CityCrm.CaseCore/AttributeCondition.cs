namespace CityCrm.CaseCore;

/// <summary>
/// When a conditional question is asked: Boston's definitions carry
/// <c>"dependencies": {"clause": "OR", "conditions": [{"attribute": "X", "op": "eq", "value": "Other"}]}</c>.
/// </summary>
/// <param name="Clause">"AND" (every rule holds) or "OR" (at least one does).</param>
public sealed record AttributeCondition(string Clause, IReadOnlyList<AttributeRule> Rules)
{
    /// <summary>Whether the question applies given the answers so far; an unanswered attribute never matches.</summary>
    public bool Holds(IReadOnlyDictionary<string, IReadOnlyList<string>> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (Rules.Count == 0)
            return true;
        return string.Equals(Clause, "AND", StringComparison.OrdinalIgnoreCase)
            ? Rules.All(r => r.Holds(answers))
            : Rules.Any(r => r.Holds(answers));
    }
}
