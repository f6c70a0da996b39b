namespace CityCrm.Storage.Cosmos;

/// <summary>
/// Makes any string usable as a Cosmos document id or partition key. Ids may not hold '/', '\', '?' or '#', and
/// other characters ('%', spaces) travel badly in the request path, so a value with anything beyond letters, digits
/// and <c>. _ : @ -</c> is stored as '~' and its UTF-8 in base64url. Distinct inputs stay distinct; case is kept.
/// </summary>
public static class CosmosKeys
{
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '@' or '-'))
                return "~" + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(value)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        }
        return value;
    }
}
