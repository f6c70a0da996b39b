namespace CityCrm.Conversations.Surveys;

/// <summary>
/// Finds contacts by a profile tag, for survey audiences. Kept apart from <see cref="ISurveyStore"/> so a survey store
/// that does not hold the profiles (Cosmos DB) can ask whichever store does.
/// </summary>
public interface ITaggedContacts
{
    /// <summary>Contacts not merged into another whose profile carries <paramref name="tag"/> (case-insensitive), by id.</summary>
    Task<IReadOnlyList<string>> ListAsync(string tag, CancellationToken cancellationToken);
}
