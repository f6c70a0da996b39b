namespace CityCrm.CaseCore;

/// <summary>One choice of a list attribute: the key stored on the case and the name residents read.</summary>
public sealed record AttributeValue(string Key, string Name);
