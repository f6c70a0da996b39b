namespace CityCrm.City311.Api.Dtos;

/// <summary>A queue: its name, label, waiting-time target and how many wait in it now.</summary>
public sealed record RoutingQueueDto(string Name, string Label, int SlaTargetSeconds, int Waiting);
