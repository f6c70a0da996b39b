namespace CityCrm.Open311;

/// <summary>
/// One client's api key. Configuration holds its SHA-256 (hex) in <see cref="Sha256"/>, so the file never holds the key
/// itself; <see cref="Key"/> (the key in clear) is accepted from the environment or a secret store and hashed at start-up.
/// </summary>
public sealed class Open311ApiKey
{
    /// <summary>Who uses the key ("riverton-mobile-app"); recorded as the actor on the cases it files.</summary>
    public string Name { get; set; } = "";

    public string Sha256 { get; set; } = "";

    public string Key { get; set; } = "";
}
