namespace CityCrm.CaseCore.Streets;

/// <summary>
/// The gazetteer's verdict on a typed place: the canonical text and position when found (<see cref="AddressOutcome.Exact"/>),
/// up to three candidates when misspelt or ambiguous, or what was wrong: the street named (<see cref="Street"/>, as typed or
/// canonical), the numbers it has (<see cref="LowestNumber"/>..<see cref="HighestNumber"/>), the streets that do not meet.
/// </summary>
public sealed record AddressResolution(AddressOutcome Outcome)
{
    public string? Normalized { get; init; }

    public GeoPoint? Point { get; init; }

    public IReadOnlyList<AddressCandidate> Candidates { get; init; } = [];

    /// <summary>The street the problem is about: as typed when unknown, canonical otherwise.</summary>
    public string? Street { get; init; }

    /// <summary>The cross street, for <see cref="AddressOutcome.NotCrossing"/>.</summary>
    public string? CrossStreet { get; init; }

    public int LowestNumber { get; init; }

    public int HighestNumber { get; init; }

    /// <summary>The house number given, as typed ("12B"), when one was.</summary>
    public string? Number { get; init; }

    public static AddressResolution NotAnAddress { get; } = new(AddressOutcome.NotAnAddress);
}
