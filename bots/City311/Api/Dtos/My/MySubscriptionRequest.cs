namespace CityCrm.City311.Api.Dtos.My;

/// <summary>Follows (<see cref="Follow"/> true) or unfollows a topic, with the wording in <see cref="Language"/> (en, es).</summary>
public sealed record MySubscriptionRequest(string? Topic, bool? Follow, string? Language);
