namespace CityCrm.City311.Api.Dtos.My;

/// <summary>
/// The resident's own details with the <see cref="Version"/> to send back when changing them, the consents in force,
/// and the consent choices the portal offers with the exact wording each records.
/// </summary>
public sealed record MyProfileDto(
    int Version, string? GivenName, string? FamilyName, string? DisplayName, IReadOnlyList<string> Phones, IReadOnlyList<string> Emails,
    string? Language, string? PreferredChannel, IReadOnlyList<string> Channels, IReadOnlyList<MyConsentDto> Consents, IReadOnlyList<MyConsentChoiceDto> ConsentChoices);
