namespace CityCrm.Conversations.Contacts.Profiles;

/// <summary>An edit to a contact that would break one of its rules; <see cref="Field"/> names the input at fault.</summary>
public sealed class ContactValidationException(string field, string reason) : Exception($"{field}: {reason}")
{
    /// <summary>The input field at fault, as the API names it ("phones[1]", "preferredChannel").</summary>
    public string Field { get; } = field;

    /// <summary>Why it was refused, in words an agent can act on.</summary>
    public string Reason { get; } = reason;
}
