using System.Text;
using CityCrm.CaseCore;
using Microsoft.Azure.Cosmos;

namespace CityCrm.Storage.Cosmos;

/// <summary>Turns a <see cref="CaseQuery"/> into a parameterized Cosmos SQL query over case documents, newest first.</summary>
internal static class CosmosCaseFilter
{
    public static QueryDefinition Build(CaseQuery query)
    {
        var sql = new StringBuilder("SELECT * FROM c WHERE c.type = 'case'");
        var parameters = new List<(string Name, object Value)>();
        void And(string condition, string name, object value)
        {
            sql.Append(" AND ").Append(condition);
            parameters.Add((name, value));
        }

        if (query.ServiceCodes is { } codes)
            And("ARRAY_CONTAINS(@codes, c.serviceCode)", "@codes", codes.ToArray());
        if (query.Statuses is { } statuses)
            And("ARRAY_CONTAINS(@statuses, c.status)", "@statuses", statuses.Select(s => (int)s).ToArray());
        if (query.References is { } references)
            And("ARRAY_CONTAINS(@references, c.reference)", "@references", references.ToArray());
        if (query.CreatedFrom is { } from)
            And("c.createdTicks >= @from", "@from", from.UtcTicks);
        if (query.CreatedTo is { } to)
            And("c.createdTicks <= @to", "@to", to.UtcTicks);
        if (query.Queues is { } queues)
            And("ARRAY_CONTAINS(@queues, c.queue)", "@queues", queues.ToArray());
        if (query.Assignee is { } assignee)
            And("c.assignee = @assignee", "@assignee", assignee);
        if (query.DueBefore is { } due)
            And("IS_NUMBER(c.dueTicks) AND c.dueTicks < @dueBefore", "@dueBefore", due.UtcTicks);
        if (query.Within is { } box)
        {
            And("IS_NUMBER(c.latitude) AND c.latitude >= @minLat AND c.latitude <= @maxLat", "@minLat", box.MinLatitude);
            parameters.Add(("@maxLat", box.MaxLatitude));
            And("IS_NUMBER(c.longitude) AND c.longitude >= @minLon AND c.longitude <= @maxLon", "@minLon", box.MinLongitude);
            parameters.Add(("@maxLon", box.MaxLongitude));
        }
        sql.Append(" ORDER BY c.createdTicks DESC, c.reference DESC");
        var definition = new QueryDefinition(sql.ToString());
        foreach (var (name, value) in parameters)
            definition = definition.WithParameter(name, value);
        return definition;
    }
}
