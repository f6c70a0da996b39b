namespace CityCrm.Conversations.Model;

/// <summary>Who wrote a message.</summary>
public enum AuthorKind
{
    Contact = 0,
    Bot = 1,
    Agent = 2,
    System = 3,
}
