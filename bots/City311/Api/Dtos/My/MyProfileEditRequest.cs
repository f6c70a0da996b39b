namespace CityCrm.City311.Api.Dtos.My;

/// <summary>
/// The resident's change of their details, based on <see cref="Version"/>: a field left out is unchanged, an empty
/// string or list clears it. Phones and emails are as typed; each is checked and the reason given when refused.
/// </summary>
public sealed record MyProfileEditRequest(
    int? Version, string? GivenName, string? FamilyName, IReadOnlyList<string>? Phones, IReadOnlyList<string>? Emails, string? Language, string? PreferredChannel);
