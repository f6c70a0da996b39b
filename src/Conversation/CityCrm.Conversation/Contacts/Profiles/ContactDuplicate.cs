namespace CityCrm.Conversations.Contacts.Profiles;

/// <summary>
/// Another contact that may be the same person: <see cref="Flagged"/> when it has the same phone number or email
/// (surely one person, or a shared line), otherwise a fuzzy candidate on name and address with a 0..1 score.
/// Staff decide; nothing is merged on its own.
/// </summary>
/// <param name="ContactId">The other contact.</param>
/// <param name="Flagged">Same phone or email.</param>
/// <param name="Reasons">What matched ("same phone +15555550142", "same name", "same address").</param>
/// <param name="Score">1 for a flag; 0.9 for name and address; 0.5 for the name only.</param>
public sealed record ContactDuplicate(string ContactId, bool Flagged, IReadOnlyList<string> Reasons, double Score);
