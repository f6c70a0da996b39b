namespace CityCrm.Knowledge.Editorial;

/// <summary>The staff member making a change: the user name is recorded, the display name shown.</summary>
public sealed record EditorialAuthor(string UserName, string DisplayName)
{
    /// <summary>The author of versions made from content that was published before the history existed.</summary>
    public static EditorialAuthor Import { get; } = new("import", "import");
}
