using System.Text.Json;
using CityCrm.CaseCore;

namespace CityCrm.City311.Api.Dtos;

/// <summary>Status names in the agent API: the same camel case as <see cref="CaseDto"/> ("new", "inProgress", "onHold").</summary>
public static class CaseWorkNames
{
    public static string Status(CaseStatus status) => JsonNamingPolicy.CamelCase.ConvertName(status.ToString());

    public static CaseStatus? ParseStatus(string? name) =>
        Enum.TryParse<CaseStatus>(name?.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var status) && Enum.IsDefined(status) ? status : null;
}
