namespace CityCrm.City311.Api.Dtos.My;

/// <summary>
/// A topic the city offers on the portal: its id and name in the page's language, whether the resident follows it now
/// (and since when), and the exact wording following and unfollowing record.
/// </summary>
public sealed record MySubscriptionDto(string Id, string Name, bool Following, DateTimeOffset? Since, string FollowWording, string UnfollowWording);
