namespace CityCrm.CaseCore;

/// <summary>One test of an <see cref="AttributeCondition"/>: "eq" or "neq" against another attribute's answer.</summary>
public sealed record AttributeRule(string Attribute, string Op, string Value)
{
    public bool Holds(IReadOnlyDictionary<string, IReadOnlyList<string>> answers)
    {
        var answered = answers.TryGetValue(Attribute, out var values) && values.Count > 0;
        var equal = answered && values!.Any(v => string.Equals(v, Value, StringComparison.OrdinalIgnoreCase));
        return Op.ToLowerInvariant() switch
        {
            "neq" or "ne" or "!=" => answered && !equal,
            _ => equal,
        };
    }
}
