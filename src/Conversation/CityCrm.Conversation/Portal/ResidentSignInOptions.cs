namespace CityCrm.Conversations.Portal;

/// <summary>The resident portal's sign-in rules (section <c>Portal</c>).</summary>
public sealed class ResidentSignInOptions
{
    public const string Section = "Portal";

    /// <summary>How long a code works.</summary>
    public TimeSpan CodeLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Tries allowed against one code; the next one finds it spent.</summary>
    public int AttemptsPerCode { get; set; } = 5;

    /// <summary>Codes one address may ask for within <see cref="RequestWindow"/>.</summary>
    public int RequestsPerAddress { get; set; } = 3;

    /// <summary>Codes one IP address may ask for, whatever the addresses, within <see cref="RequestWindow"/>.</summary>
    public int RequestsPerIp { get; set; } = 10;

    public TimeSpan RequestWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Sign-in and code requests per IP per minute, before anything is looked up (the first line against floods).</summary>
    public int CallsPerIpPerMinute { get; set; } = 30;

    /// <summary>How long a resident's session lasts without use.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The message carrying the code, per language (<c>{city}</c>, <c>{code}</c>, <c>{minutes}</c>); English is the fallback.</summary>
    public Dictionary<string, string> CodeText { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "{city}: your sign-in code for My 311 is {code}. It works once, for {minutes} minutes. If you did not ask for it, ignore this message.",
        ["es"] = "{city}: su código para entrar en Mi 311 es {code}. Sirve una vez, durante {minutes} minutos. Si no lo pidió, ignore este mensaje.",
    };

    /// <summary>The message carrying a code that confirms an address added on the portal, per language (as <see cref="CodeText"/>).</summary>
    public Dictionary<string, string> ConfirmText { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "{city}: your code to confirm this address for My 311 is {code}. It works once, for {minutes} minutes. If you did not add this address, ignore this message.",
        ["es"] = "{city}: su código para confirmar esta dirección en Mi 311 es {code}. Sirve una vez, durante {minutes} minutos. Si no la añadió, ignore este mensaje.",
    };

    /// <summary>The server secret codes and addresses are hashed with (at least 32 characters); without it one is generated into the data folder.</summary>
    public string? HashKey { get; set; }
}
