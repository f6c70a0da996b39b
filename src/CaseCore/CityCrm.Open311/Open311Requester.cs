namespace CityCrm.Open311;

/// <summary>Who filed a request, as far as the client said: email (lower case), phone (E.164), ids and name.</summary>
public sealed record Open311Requester(
    string? Email,
    string? Phone,
    string? AccountId,
    string? DeviceId,
    string? FirstName,
    string? LastName)
{
    public string? DisplayName =>
        string.Join(" ", new[] { FirstName, LastName }.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim())) is { Length: > 0 } name
            ? name : null;

    /// <summary>The addresses that may already belong to a contact, the most telling first; client-scoped ids are prefixed by the client.</summary>
    public IEnumerable<string> Addresses(string client)
    {
        if (Email is not null)
            yield return Email;
        if (Phone is not null)
            yield return Phone;
        if (AccountId is not null)
            yield return $"{client}/account/{AccountId}";
        if (DeviceId is not null)
            yield return $"{client}/device/{DeviceId}";
    }
}
