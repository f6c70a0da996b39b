using CityCrm.Conversations.Contacts.Profiles;
using CityCrm.Conversations.Outreach;

namespace CityCrm.Conversations.Tests.Outreach;

public sealed class SegmentMatcherTests
{
    private static AudienceMember Member(string street = "100 Elm St", string? language = null, string[]? tags = null, string[]? roles = null,
        string[]? subscriptions = null, GeoPoint? at = null, string? mergedInto = null) =>
        new(new ContactProfileData
        {
            ContactId = "c1",
            Address = new PostalAddress(street, null, "Riverton", "IL", "60601"),
            Language = language,
            Tags = tags ?? [],
            Household = [.. (roles ?? []).Select(r => new HouseholdMember("Member", r))],
            MergedInto = mergedInto,
        }, [], (subscriptions ?? []).ToHashSet(), at);

    private static SegmentMatcher Matcher(SegmentRules rules) => new(rules.Normalized());

    [Theory]
    [InlineData("Elm Street", "100 Elm St", true)]
    [InlineData("elm st", "12B Elm St", true)]
    [InlineData("North Main Street", "5 N Main St", true)]
    [InlineData("Elm Street", "100 Elmwood St", false)]
    [InlineData("Elm Avenue", "100 Elm St", false)]
    public void Matches_ListedStreet_AnyHouseNumberOnThatStreetOnly(string listed, string street, bool expected) =>
        Assert.Equal(expected, Matcher(new SegmentRules { Streets = [listed] }).Matches(Member(street)));

    [Fact]
    public void Matches_AreaWithoutCoordinates_OnlyTheListedStreetsMatch()
    {
        var rules = new SegmentRules { Area = """{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]]]}""", Streets = ["Oak Ave"] };
        var matcher = Matcher(rules);

        Assert.True(matcher.Matches(Member("3 Oak Ave")));
        Assert.False(matcher.Matches(Member("3 Elm St")));
        Assert.True(matcher.Matches(Member("3 Elm St", at: new GeoPoint(0.5, 0.5))));
        Assert.False(matcher.NeedsCoordinates);
    }

    [Fact]
    public void Matches_EveryKindOfRuleMustHold_AnyValueWithinAKind()
    {
        var matcher = Matcher(new SegmentRules { Streets = ["Elm St"], Tags = ["flood-zone", "vip"], HouseholdRoles = ["senior"], Languages = ["es"] });

        Assert.True(matcher.Matches(Member(language: "es-MX", tags: ["Flood-Zone"], roles: ["head", "senior"])));
        Assert.False(matcher.Matches(Member(language: "en", tags: ["flood-zone"], roles: ["senior"])));
        Assert.False(matcher.Matches(Member(language: "es", tags: ["other"], roles: ["senior"])));
        Assert.False(matcher.Matches(Member(language: "es", tags: ["vip"], roles: ["child"])));
        Assert.False(matcher.Matches(Member("9 Oak Ave", language: "es", tags: ["vip"], roles: ["senior"])));
    }

    [Fact]
    public void Matches_LanguageRuleAndNoLanguageRecorded_TakenAsEnglish()
    {
        Assert.True(Matcher(new SegmentRules { Languages = ["en"] }).Matches(Member(language: null)));
        Assert.False(Matcher(new SegmentRules { Languages = ["es"] }).Matches(Member(language: null)));
    }

    [Fact]
    public void Matches_SubscriptionRule_OnlySubscribersOfThatTopic()
    {
        var matcher = Matcher(new SegmentRules { Subscriptions = ["Trash-Route-4"] });

        Assert.True(matcher.Matches(Member(subscriptions: ["trash-route-4"])));
        Assert.False(matcher.Matches(Member(subscriptions: ["flooding"])));
    }

    [Fact]
    public void Matches_MergedContact_NeverMatches() =>
        Assert.False(Matcher(new SegmentRules { Streets = ["Elm St"] }).Matches(Member(mergedInto: "c2")));

    [Fact]
    public void Normalized_NoRules_RefusedAsEveryone() =>
        Assert.Equal("rules", Assert.Throws<OutreachValidationException>(() => new SegmentRules { Streets = [" "] }.Normalized()).Field);

    [Fact]
    public void Normalized_UnknownHouseholdRole_RefusedNamingTheField() =>
        Assert.Equal("rules.householdRoles", Assert.Throws<OutreachValidationException>(() => new SegmentRules { HouseholdRoles = ["grandpa"] }.Normalized()).Field);
}
