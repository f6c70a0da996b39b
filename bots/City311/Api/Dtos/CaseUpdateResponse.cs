using CityCrm.Conversations.Notifications;

namespace CityCrm.City311.Api.Dtos;

/// <summary>The request after a staff change, and whether (and how) its resident was told.</summary>
public sealed record CaseUpdateResponse(CaseDto Case, bool ResidentNotified, string NoticeDetail)
{
    public static CaseUpdateResponse From(CityCrm.CaseCore.Case updated, CaseNotice notice) =>
        new(CaseDto.From(updated), notice.Sent, notice.Detail);
}
