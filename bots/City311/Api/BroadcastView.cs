using CityCrm.City311.Api.Dtos;
using CityCrm.Conversations.Outreach;

namespace CityCrm.City311.Api;

/// <summary>Broadcasts as the outreach API shows them: each with its report.</summary>
public sealed class BroadcastView(IBroadcastStore broadcasts, BroadcastReports reports)
{
    public async Task<BroadcastDto?> GetAsync(string id, CancellationToken cancellationToken) =>
        await broadcasts.GetAsync(id, cancellationToken) is { } b ? BroadcastDto.From(b, await reports.ReportAsync(b.Id, cancellationToken)) : null;

    /// <summary>The latest 50 broadcasts, newest first.</summary>
    public async Task<List<BroadcastDto>> ListAsync(CancellationToken cancellationToken)
    {
        var list = new List<BroadcastDto>();
        foreach (var b in await broadcasts.ListAsync(50, cancellationToken))
            list.Add(BroadcastDto.From(b, await reports.ReportAsync(b.Id, cancellationToken)));
        return list;
    }
}
