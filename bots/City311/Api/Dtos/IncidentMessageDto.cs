using CityCrm.CaseCore.Incidents;

namespace CityCrm.City311.Api.Dtos;

/// <summary>A message for residents in English and, optionally, Spanish.</summary>
public sealed record IncidentMessageDto(string? English, string? Spanish)
{
    public IncidentMessage ToMessage() => new(English ?? "", Spanish);

    public static IncidentMessageDto? From(IncidentMessage? message) => message is null ? null : new(message.English, message.Spanish);
}
