namespace CityCrm.City311.Api.Dtos;

/// <summary>How many of the questions were newly marked handled.</summary>
public sealed record MarkHandledResponse(int Handled);
