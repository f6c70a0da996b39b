namespace CityCrm.CaseCore.Streets;

/// <summary>What the gazetteer made of a typed place.</summary>
public enum AddressOutcome
{
    /// <summary>A known address or crossing, normalized and placed.</summary>
    Exact,

    /// <summary>A known street without a house number or cross street: normalized, but no single position.</summary>
    StreetOnly,

    /// <summary>Misspelt or ambiguous: the closest known forms are offered.</summary>
    Suggestions,

    /// <summary>Written as an address, but no street of the city has that name.</summary>
    UnknownStreet,

    /// <summary>A known street, but the house number is on none of its blocks.</summary>
    NumberOutOfRange,

    /// <summary>Two known streets that never meet.</summary>
    NotCrossing,

    /// <summary>Not written as an address at all (a landmark, a description); left as the resident wrote it.</summary>
    NotAnAddress,
}
