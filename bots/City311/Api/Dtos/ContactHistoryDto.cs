namespace CityCrm.City311.Api.Dtos;

/// <summary>A person and their conversations on every inbox (SMS, calls, web chat), most recently updated first.</summary>
/// <param name="ContactId">The contact's id.</param>
/// <param name="DisplayName">Their name, when known.</param>
/// <param name="Conversations">Up to <c>ContactsApi.HistoryLimit</c> conversations.</param>
public sealed record ContactHistoryDto(string ContactId, string? DisplayName, IReadOnlyList<ContactConversationDto> Conversations);
