namespace CityCrm.CaseCore;

/// <summary>
/// One question of a service definition (an Open311 attribute). <see cref="Variable"/> false marks
/// information shown to the resident rather than asked; <see cref="Condition"/>, when set, asks the
/// question only after the answers it depends on.
/// </summary>
public sealed record ServiceAttribute(
    string Code,
    string Description,
    AttributeDatatype Datatype,
    bool Required = false,
    int Order = 0,
    bool Variable = true,
    string? DatatypeDescription = null)
{
    /// <summary>The choices of a list attribute, in the order residents see them.</summary>
    public IReadOnlyList<AttributeValue> Values { get; init; } = [];

    public AttributeCondition? Condition { get; init; }

    public bool IsList => Datatype is AttributeDatatype.SingleValueList or AttributeDatatype.MultiValueList;

    /// <summary>Whether the question is asked given the answers so far.</summary>
    public bool AppliesTo(IReadOnlyDictionary<string, IReadOnlyList<string>> answers) =>
        Variable && (Condition is null || Condition.Holds(answers));
}
