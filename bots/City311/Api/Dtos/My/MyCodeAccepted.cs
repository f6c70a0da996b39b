namespace CityCrm.City311.Api.Dtos.My;

/// <summary>The same answer for every well-formed address: whether the city knows it is not said.</summary>
public sealed record MyCodeAccepted(string Message, int ValidMinutes);
