using CityCrm.Conversations.Contacts.Profiles;

namespace CityCrm.Conversations.Tests.Contacts;

public sealed class PostalAddressNormalizerTests
{
    [Theory]
    [InlineData("  100   main street ", null, "100 Main St", null)]
    [InlineData("25 north oak avenue apartment 4b", null, "25 N Oak Ave", "Apt 4B")]
    [InlineData("7 Elm Boulevard", "#12", "7 Elm Blvd", "Unit 12")]
    [InlineData("300 lake shore drive west", "suite 200", "300 Lake Shore Dr W", "Ste 200")]
    [InlineData("9 North Street", "Apt. 3", "9 North St", "Apt 3")]
    public void Normalize_StreetAndUnit_InTheirStandardForms(string street, string? unit, string expectedStreet, string? expectedUnit)
    {
        var address = PostalAddressNormalizer.Normalize(street, unit, " riverton ", "il", "60601");

        Assert.Equal((expectedStreet, expectedUnit), (address.Street, address.Unit));
        Assert.Equal(("Riverton", "IL", "60601"), (address.City, address.State, address.Zip));
    }

    [Theory]
    [InlineData("", "Riverton", "IL", "60601", "address.street")]
    [InlineData("1 Main St", "", "IL", "60601", "address.city")]
    [InlineData("1 Main St", "Riverton", "Illinois", "60601", "address.state")]
    [InlineData("1 Main St", "Riverton", "IL", "6060", "address.zip")]
    public void Normalize_MissingOrWrongPart_RefusedNamingIt(string street, string city, string state, string zip, string field) =>
        Assert.Equal(field, Assert.Throws<ContactValidationException>(() => PostalAddressNormalizer.Normalize(street, null, city, state, zip)).Field);

    [Fact]
    public void Normalize_ZipPlusFour_Kept() =>
        Assert.Equal("60601-1234", PostalAddressNormalizer.Normalize("1 Main St", null, "Riverton", "IL", "60601-1234").Zip);
}
