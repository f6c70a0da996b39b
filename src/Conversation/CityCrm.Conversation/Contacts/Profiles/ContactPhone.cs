namespace CityCrm.Conversations.Contacts.Profiles;

/// <summary>A phone number of a contact in E.164 form, with what it is ("mobile", "home", "work").</summary>
public sealed record ContactPhone(string Number, string? Label);
