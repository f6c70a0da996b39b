using CityCrm.Conversations.Contacts.Profiles;

namespace CityCrm.Conversations.Tests.Contacts;

public sealed class ContactDuplicatesTests
{
    private static readonly PostalAddress Home = new("100 Main St", "Apt 4", "Riverton", "IL", "60601");

    [Fact]
    public async Task FindAsync_SameEmailFlagged_NameAndAddressSuggested_SharedAddressAloneNot()
    {
        await using var h = await ContactStoreHarness.CreateAsync();
        var me = await h.ContactAsync(d => d with { GivenName = "Rosa", FamilyName = "Díaz", Emails = ["rosa@example.org"], Address = Home });
        var sameEmail = await h.ContactAsync(d => d with { GivenName = "R.", FamilyName = "Smith", Emails = ["rosa@example.org"] });
        var lookAlike = await h.ContactAsync(d => d with { GivenName = "Rosalind", FamilyName = "Diaz", Address = Home with { Unit = null } });
        var sameName = await h.ContactAsync(d => d with { DisplayName = "Rosa Diaz" });
        var housemate = await h.ContactAsync(d => d with { GivenName = "Luis", FamilyName = "Ortega", Address = Home });

        var found = await new ContactDuplicates(h.Profiles).FindAsync(me, CancellationToken.None);

        Assert.Equal([sameEmail.ContactId, lookAlike.ContactId, sameName.ContactId], found.Select(d => d.ContactId));
        Assert.Equal([true, false, false], found.Select(d => d.Flagged));
        Assert.Equal(["same email rosa@example.org"], found[0].Reasons);
        Assert.Equal(["same name", "same address"], found[1].Reasons);
        Assert.True(found[1].Score > found[2].Score);
        Assert.DoesNotContain(housemate.ContactId, found.Select(d => d.ContactId));
    }
}
