namespace CityCrm.City311.Api.Dtos;

/// <summary>A service calendar: its slots' length and capacity, its time zone and how far ahead it books.</summary>
public sealed record CalendarDto(string Id, string Name, string TimeZone, int SlotMinutes, int Capacity, int HorizonDays, List<string> Blackouts);
