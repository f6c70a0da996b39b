namespace CityCrm.Conversations.Contacts.Profiles;

/// <summary>A postal address as <see cref="PostalAddressNormalizer"/> leaves it ("100 Main St", "Apt 4", "Riverton", "IL", "60601").</summary>
public sealed record PostalAddress(string Street, string? Unit, string City, string State, string Zip)
{
    /// <summary>One line, for lists and the audit trail.</summary>
    public override string ToString() => string.Join(", ", new[] { Street, Unit, City, $"{State} {Zip}" }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
