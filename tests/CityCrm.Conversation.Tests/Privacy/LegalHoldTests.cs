using CityCrm.Conversations.Privacy;

namespace CityCrm.Conversations.Tests.Privacy;

/// <summary>A legal hold guards its own rules: a known subject kind, a reason and a reference, released once.</summary>
public sealed class LegalHoldTests
{
    private static readonly DateTimeOffset T0 = new(2026, 5, 4, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("person", "c-1", "claim", "REF-1", "subjectKind")]
    [InlineData("contact", " ", "claim", "REF-1", "subjectId")]
    [InlineData("contact", "c-1", "", "REF-1", "reason")]
    [InlineData("case", "R-100001", "claim", "", "reference")]
    public void Place_MissingOrWrongField_ThrowsNamingIt(string kind, string subject, string reason, string reference, string field) =>
        Assert.Equal(field, Assert.Throws<ArgumentException>(() => LegalHold.Place(kind, subject, reason, reference, "officer", T0)).ParamName);

    [Fact]
    public void Place_Valid_IsActiveWithTrimmedFields()
    {
        var hold = LegalHold.Place(HoldSubjects.Case, " R-100001 ", " Litigation ", " CASE-22 ", "officer", T0);

        Assert.True(hold.IsActive);
        Assert.Equal(("R-100001", "Litigation", "CASE-22"), (hold.SubjectId, hold.Reason, hold.Reference));
    }

    [Fact]
    public void Release_Twice_SecondThrows()
    {
        var released = LegalHold.Place(HoldSubjects.Contact, "c-1", "claim", "REF-1", "officer", T0).Release("admin", T0.AddDays(3));

        Assert.False(released.IsActive);
        Assert.Equal(("admin", (DateTimeOffset?)T0.AddDays(3)), (released.ReleasedBy, released.ReleasedAt));
        Assert.Throws<InvalidOperationException>(() => released.Release("admin", T0.AddDays(4)));
    }

    [Fact]
    public void Describe_NamesReferenceNotReason()
    {
        var hold = LegalHold.Place(HoldSubjects.Contact, "c-1", "Rosa Diaz lawsuit", "REF-1", "officer", T0);

        Assert.Contains("REF-1", hold.Describe(), StringComparison.Ordinal);
        Assert.DoesNotContain("Rosa", hold.Describe(), StringComparison.Ordinal);
    }
}
