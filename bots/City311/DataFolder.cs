namespace CityCrm.City311;

/// <summary>
/// Where this instance keeps its state: the SQLite file, the Lucene index and uploads.
/// Set with <c>--data &lt;dir&gt;</c>; defaults to <c>./data</c>. Instances with different folders run side by side.
/// Nodes of one cluster each keep their own folder (their own Lucene index) and share the database named by
/// <c>--database &lt;file&gt;</c>.
/// </summary>
public sealed record DataFolder(string Root, string? Database = null)
{
    public string DatabasePath => Database ?? Path.Combine(Root, "citycrm.db");
    public string IndexPath => Path.Combine(Root, "index");
    public string UploadsPath => Path.Combine(Root, "uploads");

    public static DataFolder From(IConfiguration configuration)
    {
        var root = Path.GetFullPath(configuration["data"] ?? "data");
        Directory.CreateDirectory(root);
        var database = configuration["database"];
        return new DataFolder(root, string.IsNullOrWhiteSpace(database) ? null : Path.GetFullPath(database));
    }
}
