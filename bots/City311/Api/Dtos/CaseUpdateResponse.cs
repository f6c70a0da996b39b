using CityCrm.Conversations.Notifications;

namespace CityCrm.City311.Api.Dtos;

/// <summary>
/// The request after a staff change, and whether (and how) its resident was told: <c>noticeStatus</c> is "sent",
/// "not-sent" or "held-back" (withheld by the resident's consent), <c>noticeDetail</c> says how or why.
/// </summary>
public sealed record CaseUpdateResponse(CaseDto Case, bool ResidentNotified, string NoticeDetail, string NoticeStatus)
{
    public static CaseUpdateResponse From(CityCrm.CaseCore.Case updated, CaseNotice notice) =>
        new(CaseDto.From(updated), notice.Sent, notice.Detail, notice.Status);
}
