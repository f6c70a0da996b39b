namespace CityCrm.Conversations.Model;

/// <summary>A person the city talks to, whatever channel they use.</summary>
public sealed class Contact(string id, string? displayName, DateTimeOffset createdAt)
{
    public string Id { get; } = id;
    public string? DisplayName { get; set; } = displayName;
    public string? Language { get; set; }
    public DateTimeOffset CreatedAt { get; } = createdAt;
}
