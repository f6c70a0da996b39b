namespace CityCrm.Conversations.Outreach;

/// <summary>A place on the map in GeoJSON's order: longitude first, then latitude (WGS 84 degrees).</summary>
public readonly record struct GeoPoint(double Longitude, double Latitude);
