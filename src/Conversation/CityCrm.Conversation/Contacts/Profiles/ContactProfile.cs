using CityCrm.Conversations.Model;
using System.Text.RegularExpressions;

namespace CityCrm.Conversations.Contacts.Profiles;

/// <summary>
/// A contact's profile and its rules: phones are valid E.164 numbers and emails valid addresses, each once; the
/// address is normalized; household roles and organization kinds come from fixed lists, with one head at most; the
/// preferred channel is one the city can reach them on with what is recorded; next actions have a due date and an
/// owner. Every change is listed in <see cref="Changes"/> (field, old, new) for the audit trail.
/// </summary>
public sealed partial class ContactProfile(ContactProfileData data)
{
    /// <summary>Channels a contact can prefer for updates, and what each needs recorded.</summary>
    public static readonly IReadOnlyList<string> Channels = ["sms", "voice", "whatsapp", "email", "webchat", "messenger", "telegram", "post"];

    private readonly List<FieldChange> changes = [];

    public ContactProfileData Data { get; private set; } = data;

    /// <summary>What changed since the profile was loaded, in order.</summary>
    public IReadOnlyList<FieldChange> Changes => changes;

    /// <summary>Applies every field the edit carries, all or nothing: one bad field leaves the profile untouched.</summary>
    public void Edit(ContactEdit edit, string defaultRegion)
    {
        ArgumentNullException.ThrowIfNull(edit);
        EnsureActive();
        var next = Data;
        if (edit.GivenName is not null) next = next with { GivenName = Text("givenName", edit.GivenName, 100) };
        if (edit.FamilyName is not null) next = next with { FamilyName = Text("familyName", edit.FamilyName, 100) };
        if (edit.DisplayName is not null) next = next with { DisplayName = Text("displayName", edit.DisplayName, 200) };
        if (edit.Phones is not null) next = next with { Phones = PhonesOf(edit.Phones, defaultRegion) };
        if (edit.Emails is not null) next = next with { Emails = Distinct("emails", edit.Emails.Select((e, i) => ContactAddressRules.Email($"emails[{i}]", e))) };
        if (edit.Address is not null)
        {
            var a = edit.Address;
            next = next with { Address = a.IsEmpty ? null : PostalAddressNormalizer.Normalize(a.Street, a.Unit, a.City, a.State, a.Zip) };
        }
        if (edit.Household is not null) next = next with { Household = HouseholdOf(edit.Household) };
        if (edit.Language is not null) next = next with { Language = LanguageOf(edit.Language) };
        if (edit.PreferredChannel is not null) next = next with { PreferredChannel = Text("preferredChannel", edit.PreferredChannel, 20)?.ToLowerInvariant() };
        if (edit.Accessibility is not null) next = next with { Accessibility = List("accessibility", edit.Accessibility, 10, 200) };
        if (edit.Organization is not null) next = next with { Organization = OrganizationOf(edit.Organization) };
        if (edit.Tags is not null) next = next with { Tags = List("tags", edit.Tags.Select(t => t.Trim().ToLowerInvariant()), 20, 40) };
        CheckPreferredChannel(next);
        Apply(next);
    }

    /// <summary>Adds a staff note.</summary>
    public ContactNote AddNote(string text, string author, DateTimeOffset at)
    {
        EnsureActive();
        var note = new ContactNote(NewId(), Text("text", text, 4000) ?? throw new ContactValidationException("text", "The note is empty."), author, at);
        Apply(Data with { Notes = [.. Data.Notes, note] }, "notes");
        return note;
    }

    /// <summary>Adds a next action owed to the contact by <paramref name="owner"/>, due at <paramref name="dueAt"/>.</summary>
    public NextAction AddNextAction(string text, DateTimeOffset? dueAt, string owner, string by, DateTimeOffset at)
    {
        EnsureActive();
        var what = Text("text", text, 500) ?? throw new ContactValidationException("text", "Say what is to be done.");
        if (dueAt is not { } due)
            throw new ContactValidationException("dueAt", "A next action needs a due date.");
        if (string.IsNullOrWhiteSpace(owner))
            throw new ContactValidationException("owner", "A next action needs an owner.");
        var action = new NextAction(NewId(), what, due, owner.Trim(), by, at);
        Apply(Data with { NextActions = [.. Data.NextActions, action] }, "nextActions");
        return action;
    }

    /// <summary>Marks a next action done; false when it was done already.</summary>
    public bool CompleteNextAction(string actionId, string by, DateTimeOffset at)
    {
        EnsureActive();
        var action = Data.NextActions.FirstOrDefault(a => a.Id == actionId) ?? throw new KeyNotFoundException($"The contact has no next action {actionId}.");
        if (action.DoneAt is not null)
            return false;
        Apply(Data with { NextActions = [.. Data.NextActions.Select(a => a.Id == actionId ? a with { DoneAt = at, DoneBy = by } : a)] }, "nextActions");
        return true;
    }

    /// <summary>Records that the owner of a due action was reminded (not a change of the contact: nothing is audited).</summary>
    public void MarkReminded(string actionId, DateTimeOffset at) =>
        Data = Data with { NextActions = [.. Data.NextActions.Select(a => a.Id == actionId ? a with { RemindedAt = at } : a)] };

    /// <summary>
    /// Takes in what <paramref name="other"/> knows that this profile lacks: its phones, emails, household, tags,
    /// notes and next actions are added; names, address, language, channel and organization fill only empty fields.
    /// </summary>
    public void Absorb(ContactProfileData other)
    {
        ArgumentNullException.ThrowIfNull(other);
        EnsureActive();
        if (other.ContactId == Data.ContactId)
            throw new InvalidTransitionException("A contact cannot be merged with itself.");
        var d = Data;
        Apply(d with
        {
            GivenName = d.GivenName ?? other.GivenName,
            FamilyName = d.FamilyName ?? other.FamilyName,
            DisplayName = d.DisplayName ?? other.DisplayName,
            Phones = [.. d.Phones, .. other.Phones.Where(p => d.Phones.All(q => q.Number != p.Number))],
            Emails = [.. d.Emails.Union(other.Emails)],
            Address = d.Address ?? other.Address,
            // The position goes with the address kept.
            Latitude = d.Address is null ? other.Latitude : d.Latitude,
            Longitude = d.Address is null ? other.Longitude : d.Longitude,
            Household = [.. d.Household, .. other.Household.Where(m => !d.Household.Contains(m) && (m.Role != "head" || d.Household.All(h => h.Role != "head")))],
            Language = d.Language ?? other.Language,
            PreferredChannel = d.PreferredChannel ?? other.PreferredChannel,
            Accessibility = [.. d.Accessibility.Union(other.Accessibility)],
            Organization = d.Organization ?? other.Organization,
            Tags = [.. d.Tags.Union(other.Tags)],
            Notes = [.. d.Notes.Concat(other.Notes).OrderBy(n => n.At)],
            NextActions = [.. d.NextActions, .. other.NextActions],
        });
    }

    /// <summary>Closes this profile to edits: it now lives on as <paramref name="targetId"/>.</summary>
    public void MarkMergedInto(string targetId)
    {
        EnsureActive();
        Apply(Data with { MergedInto = targetId }, "mergedInto");
    }

    private void EnsureActive()
    {
        if (Data.MergedInto is { } target)
            throw new InvalidTransitionException($"This contact was merged into {target}; edit that contact instead.");
    }

    private void Apply(ContactProfileData next, params string[] only)
    {
        foreach (var (field, read) in ContactProfileFields.All)
        {
            if (only.Length > 0 && !only.Contains(field))
                continue;
            var (before, after) = (read(Data), read(next));
            if (before != after)
                changes.Add(new FieldChange(field, before, after));
        }
        Data = next;
    }

    private static void CheckPreferredChannel(ContactProfileData d)
    {
        var needs = d.PreferredChannel switch
        {
            null => null,
            "sms" or "voice" or "whatsapp" => d.Phones.Count == 0 ? "a phone number" : null,
            "email" => d.Emails.Count == 0 ? "an email" : null,
            "post" => d.Address is null ? "a postal address" : null,
            var c when Channels.Contains(c) => null,
            var c => throw new ContactValidationException("preferredChannel", $"Unknown channel \"{c}\": use one of {string.Join(", ", Channels)}."),
        };
        if (needs is not null)
            throw new ContactValidationException("preferredChannel", $"Updates by {d.PreferredChannel} need {needs} on the contact.");
    }

    private static List<ContactPhone> PhonesOf(IReadOnlyList<ContactPhone> phones, string region)
    {
        var list = phones.Select((p, i) => new ContactPhone(ContactAddressRules.Phone($"phones[{i}]", p.Number, region), Text($"phones[{i}].label", p.Label, 30))).ToList();
        if (list.Select(p => p.Number).Distinct().Count() != list.Count)
            throw new ContactValidationException("phones", "The same number is listed twice.");
        return list;
    }

    private static List<HouseholdMember> HouseholdOf(IReadOnlyList<HouseholdMember> members)
    {
        if (members.Count > 20)
            throw new ContactValidationException("household", "A household lists at most 20 members.");
        var list = members.Select((m, i) =>
        {
            var name = Text($"household[{i}].name", m.Name, 100) ?? throw new ContactValidationException($"household[{i}].name", "The member's name is missing.");
            var role = m.Role?.Trim().ToLowerInvariant() ?? "";
            if (!HouseholdMember.Roles.Contains(role))
                throw new ContactValidationException($"household[{i}].role", $"Unknown role \"{m.Role}\": use one of {string.Join(", ", HouseholdMember.Roles)}.");
            return new HouseholdMember(name, role, Text($"household[{i}].contactId", m.ContactId, 64));
        }).ToList();
        if (list.Count(m => m.Role == "head") > 1)
            throw new ContactValidationException("household", "A household has one head at most.");
        return list;
    }

    private static ContactOrganization? OrganizationOf(ContactOrganization organization)
    {
        if (Text("organization.name", organization.Name, 200) is not { } name)
            return null;
        var kind = organization.Kind?.Trim().ToLowerInvariant() ?? "";
        if (!ContactOrganization.Kinds.Contains(kind))
            throw new ContactValidationException("organization.kind", $"Unknown kind \"{organization.Kind}\": use one of {string.Join(", ", ContactOrganization.Kinds)}.");
        return new ContactOrganization(name, kind, Text("organization.role", organization.Role, 100));
    }

    private static string? LanguageOf(string language)
    {
        var code = language.Trim();
        if (code.Length == 0)
            return null;
        if (!LanguageTag().IsMatch(code))
            throw new ContactValidationException("language", "The language must be a code such as en, es or zh-TW.");
        return code.Length > 3 ? code[..code.IndexOf('-')].ToLowerInvariant() + code[code.IndexOf('-')..].ToUpperInvariant() : code.ToLowerInvariant();
    }

    private static List<string> List(string field, IEnumerable<string> items, int most, int longest)
    {
        var list = Distinct(field, items.Select((t, i) => Text($"{field}[{i}]", t, longest)).OfType<string>());
        return list.Count > most ? throw new ContactValidationException(field, $"At most {most} entries.") : list;
    }

    private static List<string> Distinct(string field, IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Distinct(StringComparer.OrdinalIgnoreCase).Count() == list.Count ? list : throw new ContactValidationException(field, "The same entry is listed twice.");
    }

    private static string? Text(string field, string? value, int longest)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
            return null;
        return text.Length <= longest ? text : throw new ContactValidationException(field, $"At most {longest} characters.");
    }

    private static string NewId() => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8));

    [GeneratedRegex(@"^[A-Za-z]{2,3}(-[A-Za-z]{2,4})?\z")]
    private static partial Regex LanguageTag();
}
