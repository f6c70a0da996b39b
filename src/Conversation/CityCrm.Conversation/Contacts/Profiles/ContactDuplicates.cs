namespace CityCrm.Conversations.Contacts.Profiles;

/// <summary>
/// Finds contacts that may be the same person as a profile: the same phone or email (on a profile or as a channel
/// identity) is flagged; the same family name and first initial is a candidate, a strong one with the same street
/// and ZIP. A shared address alone is a household, not a duplicate, and is not suggested.
/// </summary>
public sealed class ContactDuplicates(IContactProfileStore store)
{
    /// <summary>Flags first, then candidates by score.</summary>
    public async Task<IReadOnlyList<ContactDuplicate>> FindAsync(ContactProfileData data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        var matches = await store.FindByKeysAsync(ContactKeys.Of(data), data.ContactId, cancellationToken);
        var found = new List<ContactDuplicate>();
        foreach (var other in matches.GroupBy(m => m.ContactId))
        {
            var keys = other.Select(m => m.Key).Distinct().ToList();
            var exact = keys.Where(k => k.StartsWith(ContactKeys.Phone, StringComparison.Ordinal) || k.StartsWith(ContactKeys.Email, StringComparison.Ordinal)).ToList();
            if (exact.Count > 0)
            {
                found.Add(new ContactDuplicate(other.Key, true, [.. exact.Select(Reason)], 1));
                continue;
            }
            var name = keys.Any(k => k.StartsWith(ContactKeys.Name, StringComparison.Ordinal));
            var address = keys.Any(k => k.StartsWith(ContactKeys.Address, StringComparison.Ordinal));
            if (name)
                found.Add(new ContactDuplicate(other.Key, false, address ? ["same name", "same address"] : ["same name"], address ? 0.9 : 0.5));
        }
        return [.. found.OrderByDescending(d => d.Score).ThenBy(d => d.ContactId, StringComparer.Ordinal)];
    }

    private static string Reason(string key) => key.StartsWith(ContactKeys.Phone, StringComparison.Ordinal)
        ? "same phone " + key[ContactKeys.Phone.Length..]
        : "same email " + key[ContactKeys.Email.Length..];
}
