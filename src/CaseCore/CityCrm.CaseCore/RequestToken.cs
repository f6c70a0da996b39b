namespace CityCrm.CaseCore;

/// <summary>
/// An Open311 token handed to the client that filed a request, resolvable later to the case reference
/// (<c>GET tokens/{token}</c>). <paramref name="Client"/> is the name of the api key that filed it.
/// </summary>
public sealed record RequestToken(string Token, string Reference, string Client, DateTimeOffset IssuedAt);
