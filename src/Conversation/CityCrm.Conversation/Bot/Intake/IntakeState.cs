using CityCrm.CaseCore;

namespace CityCrm.Conversations.Bot.Intake;

/// <summary>
/// A report being taken, kept compact on the conversation: what the resident said, the service once known, the
/// answers so far (canonical), the place, photos, how they want updates, and the earlier report they may follow.
/// </summary>
public sealed record IntakeState
{
    public string Description { get; init; } = "";

    /// <summary>The services suggested for the description, best first, and those already offered.</summary>
    public IReadOnlyList<string> Candidates { get; init; } = [];

    public int Offered { get; init; }

    public string? Service { get; init; }

    public Dictionary<string, IReadOnlyList<string>> Answers { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The attribute code of the question asked last.</summary>
    public string? Asking { get; init; }

    public string? Location { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    /// <summary>The canonical places offered for a misspelt or ambiguous one, while the resident picks.</summary>
    public IReadOnlyList<string> PlaceChoices { get; init; } = [];

    public IReadOnlyList<string> Media { get; init; } = [];

    /// <summary>The chosen <see cref="CaseCore.Duplicates.UpdatePreference"/>, by name; null until chosen.</summary>
    public string? Updates { get; init; }

    /// <summary>The number (E.164) or email address for updates by text message or email, when asked for; null otherwise.</summary>
    public string? UpdatesTo { get; init; }

    /// <summary>Whether earlier reports of the same problem were looked for at the current place.</summary>
    public bool DuplicatesChecked { get; init; }

    /// <summary>The earlier report offered to follow, then the one a new case is linked to when filed anyway.</summary>
    public string? Duplicate { get; init; }

    /// <summary>What the step waiting before the report was set aside (<see cref="BotState.Awaiting"/>).</summary>
    public string? Step { get; init; }

    public GeoPoint? Point => Latitude is { } lat && Longitude is { } lon ? new GeoPoint(lat, lon) : null;

    /// <summary>The same report at another place: the duplicate check runs again.</summary>
    public IntakeState At(string? location, GeoPoint? point) => this with
    {
        Location = location,
        Latitude = point?.Latitude,
        Longitude = point?.Longitude,
        PlaceChoices = [],
        DuplicatesChecked = false,
        Duplicate = null,
    };
}
