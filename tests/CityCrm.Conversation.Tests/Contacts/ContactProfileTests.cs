using CityCrm.Conversations.Contacts.Profiles;
using CityCrm.Conversations.Model;

namespace CityCrm.Conversations.Tests.Contacts;

/// <summary>The profile's rules, without storage.</summary>
public sealed class ContactProfileTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    private static ContactProfile New() => new(new ContactProfileData { ContactId = "c1" });

    [Theory]
    [InlineData("555 01", "too short")]
    [InlineData("+1 555 555 0142 1234 5678", "too long")]
    [InlineData("call me maybe", "not a phone number")]
    [InlineData("(555) 155-0142", "area code")]
    public void Edit_InvalidPhone_RefusedWithTheReason(string phone, string reason)
    {
        var profile = New();

        var error = Assert.Throws<ContactValidationException>(() => profile.Edit(new ContactEdit { Phones = [new ContactPhone(phone, null)] }, "US"));

        Assert.Equal("phones[0]", error.Field);
        Assert.Contains(reason, error.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(profile.Data.Phones);
    }

    [Fact]
    public void Edit_NationalPhone_StoredAsE164AndAudited()
    {
        var profile = New();

        profile.Edit(new ContactEdit { Phones = [new ContactPhone("(312) 555-0142", "mobile")] }, "US");

        Assert.Equal(new ContactPhone("+13125550142", "mobile"), Assert.Single(profile.Data.Phones));
        Assert.Equal(new FieldChange("phones", null, "+13125550142 (mobile)"), Assert.Single(profile.Changes));
    }

    [Theory]
    [InlineData("ana.example.org", "no @")]
    [InlineData("ana@example", "domain")]
    [InlineData("Ana <ana@example.org>", "not an email")]
    public void Edit_InvalidEmail_RefusedWithTheReason(string email, string reason)
    {
        var error = Assert.Throws<ContactValidationException>(() => New().Edit(new ContactEdit { Emails = [email] }, "US"));

        Assert.Equal("emails[0]", error.Field);
        Assert.Contains(reason, error.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Edit_OneBadFieldAmongGoodOnes_ChangesNothing()
    {
        var profile = New();

        Assert.Throws<ContactValidationException>(() => profile.Edit(new ContactEdit { GivenName = "Ana", Emails = ["nope"] }, "US"));

        Assert.Null(profile.Data.GivenName);
        Assert.Empty(profile.Changes);
    }

    [Fact]
    public void Edit_TwoHeadsOfHousehold_Refused()
    {
        var error = Assert.Throws<ContactValidationException>(() => New().Edit(new ContactEdit
        {
            Household = [new HouseholdMember("Ana", "head"), new HouseholdMember("Luis", "HEAD")],
        }, "US"));

        Assert.Equal("household", error.Field);
    }

    [Fact]
    public void Edit_UnknownHouseholdRole_RefusedNamingTheMember()
    {
        var error = Assert.Throws<ContactValidationException>(() => New().Edit(new ContactEdit
        {
            Household = [new HouseholdMember("Ana", "head"), new HouseholdMember("Rex", "pet")],
        }, "US"));

        Assert.Equal("household[1].role", error.Field);
    }

    [Fact]
    public void Edit_PreferSmsWithoutAPhone_Refused()
    {
        var error = Assert.Throws<ContactValidationException>(() => New().Edit(new ContactEdit { PreferredChannel = "sms" }, "US"));

        Assert.Equal("preferredChannel", error.Field);
        Assert.Contains("phone", error.Reason);
    }

    [Fact]
    public void Edit_RemoveTheLastPhoneWhileSmsIsPreferred_Refused()
    {
        var profile = New();
        profile.Edit(new ContactEdit { Phones = [new ContactPhone("+13125550142", null)], PreferredChannel = "sms" }, "US");

        Assert.Throws<ContactValidationException>(() => profile.Edit(new ContactEdit { Phones = [] }, "US"));
        Assert.Single(profile.Data.Phones);
    }

    [Fact]
    public void Edit_Language_NormalizedAndAuditedWithOldAndNew()
    {
        var profile = new ContactProfile(new ContactProfileData { ContactId = "c1", Language = "en" });

        profile.Edit(new ContactEdit { Language = "ES" }, "US");

        Assert.Equal("es", profile.Data.Language);
        Assert.Equal(new FieldChange("language", "en", "es"), Assert.Single(profile.Changes));
    }

    [Fact]
    public void Edit_OrganizationOfUnknownKind_Refused() =>
        Assert.Equal("organization.kind", Assert.Throws<ContactValidationException>(() =>
            New().Edit(new ContactEdit { Organization = new ContactOrganization("Acme", "cartel", null) }, "US")).Field);

    [Fact]
    public void AddNextAction_WithoutDueDate_Refused() =>
        Assert.Equal("dueAt", Assert.Throws<ContactValidationException>(() => New().AddNextAction("Call back", null, "agent-1", "alex", T0)).Field);

    [Fact]
    public void AddNextAction_Due_NeedsAReminderUntilDoneOrReminded()
    {
        var profile = New();
        var action = profile.AddNextAction("Call back about the permit", T0.AddHours(1), "agent-1", "alex", T0);

        Assert.False(action.NeedsReminder(T0));
        Assert.True(action.NeedsReminder(T0.AddHours(1)));
        profile.MarkReminded(action.Id, T0.AddHours(1));
        Assert.False(profile.Data.NextActions.Single().NeedsReminder(T0.AddHours(2)));
        Assert.True(profile.CompleteNextAction(action.Id, "alex", T0.AddHours(2)));
        Assert.False(profile.CompleteNextAction(action.Id, "alex", T0.AddHours(3)));
    }

    [Fact]
    public void Absorb_KeepsTargetValuesAndAddsWhatTheSourceKnows()
    {
        var target = new ContactProfile(new ContactProfileData { ContactId = "t", GivenName = "Ana", Phones = [new ContactPhone("+13125550142", null)] });
        var source = new ContactProfileData
        {
            ContactId = "s", GivenName = "Anna", FamilyName = "Garcia", Emails = ["ana@example.org"],
            Phones = [new ContactPhone("+13125550142", "home"), new ContactPhone("+13125550143", null)],
        };

        target.Absorb(source);

        Assert.Equal(("Ana", "Garcia"), (target.Data.GivenName, target.Data.FamilyName));
        Assert.Equal(["+13125550142", "+13125550143"], target.Data.Phones.Select(p => p.Number));
        Assert.Equal(["ana@example.org"], target.Data.Emails);
    }

    [Fact]
    public void Absorb_Itself_Refused() =>
        Assert.Throws<InvalidTransitionException>(() => New().Absorb(new ContactProfileData { ContactId = "c1" }));

    [Fact]
    public void Edit_MergedContact_Refused()
    {
        var profile = New();
        profile.MarkMergedInto("c2");

        Assert.Throws<InvalidTransitionException>(() => profile.Edit(new ContactEdit { GivenName = "Ana" }, "US"));
    }
}
