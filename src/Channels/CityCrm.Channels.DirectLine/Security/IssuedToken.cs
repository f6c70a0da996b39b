namespace CityCrm.Channels.DirectLine.Security;

/// <summary>A freshly signed token and what it grants.</summary>
/// <param name="Value">The compact token string clients send as <c>Authorization: Bearer</c>.</param>
/// <param name="Claims">What the token grants.</param>
/// <param name="ExpiresIn">Seconds until it expires (the wire's <c>expires_in</c>).</param>
public sealed record IssuedToken(string Value, DirectLineToken Claims, int ExpiresIn);
