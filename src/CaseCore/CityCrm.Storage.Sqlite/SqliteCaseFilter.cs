using System.Text;
using CityCrm.CaseCore;
using Dapper;

namespace CityCrm.Storage.Sqlite;

/// <summary>Turns a <see cref="CaseQuery"/> into a parameterised WHERE clause for the cases table.</summary>
internal static class SqliteCaseFilter
{
    public static (string Where, DynamicParameters Parameters) Build(CaseQuery query)
    {
        var where = new StringBuilder();
        var p = new DynamicParameters();
        void And(string condition) => where.Append(where.Length == 0 ? "WHERE " : " AND ").Append(condition);

        if (query.ServiceCodes is { } codes)
        {
            And("service_code IN @codes");
            p.Add("codes", codes.ToArray());
        }
        if (query.Statuses is { } statuses)
        {
            And("status IN @statuses");
            p.Add("statuses", statuses.Select(s => (int)s).ToArray());
        }
        if (query.References is { } references)
        {
            And("reference IN @references");
            p.Add("references", references.ToArray());
        }
        // Times are stored as fixed-width UTC ISO strings, so text comparison orders them correctly.
        if (query.CreatedFrom is { } from)
        {
            And("created_at >= @from");
            p.Add("from", SqliteConversationStore.Iso(from));
        }
        if (query.CreatedTo is { } to)
        {
            And("created_at <= @to");
            p.Add("to", SqliteConversationStore.Iso(to));
        }
        if (query.Queues is { } queues)
        {
            And("COALESCE(queue, department) IN @queues");
            p.Add("queues", queues.ToArray());
        }
        if (query.Assignee is { } assignee)
        {
            And("assignee = @assignee");
            p.Add("assignee", assignee);
        }
        if (query.DueBefore is { } due)
        {
            And("due_at IS NOT NULL AND due_at < @dueBefore");
            p.Add("dueBefore", SqliteConversationStore.Iso(due));
        }
        if (query.Within is { } box)
        {
            And("latitude BETWEEN @minLat AND @maxLat AND longitude BETWEEN @minLon AND @maxLon");
            p.Add("minLat", box.MinLatitude);
            p.Add("maxLat", box.MaxLatitude);
            p.Add("minLon", box.MinLongitude);
            p.Add("maxLon", box.MaxLongitude);
        }
        p.Add("limit", Math.Clamp(query.Limit, 0, CaseQuery.MaxLimit));
        p.Add("offset", Math.Max(0, query.Offset));
        return (where.ToString(), p);
    }
}
