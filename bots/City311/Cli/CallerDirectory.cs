namespace CityCrm.City311.Cli;

/// <summary>
/// The folder the person ran the command from, which relative paths on the command line mean.
/// <c>dotnet run --project bots/City311</c> starts the program in the project's folder (so the web host finds its
/// content), while the shell that ran it still says where the person was in <c>PWD</c>.
/// </summary>
public static class CallerDirectory
{
    /// <summary>The caller's folder: <c>PWD</c> when the program was moved into its project folder, else the current one.</summary>
    public static string Find() =>
        Find(Environment.CurrentDirectory, Environment.GetEnvironmentVariable("PWD"));

    /// <summary>
    /// <paramref name="shellDirectory"/> when <paramref name="currentDirectory"/> is the project's folder (it holds
    /// <c>City311.csproj</c>) and the shell's folder exists; otherwise <paramref name="currentDirectory"/>. A program
    /// started some other way (a test, a service manager) keeps its own working folder, whatever PWD it inherited.
    /// </summary>
    public static string Find(string currentDirectory, string? shellDirectory) =>
        !string.IsNullOrEmpty(shellDirectory) && Path.IsPathRooted(shellDirectory) && Directory.Exists(shellDirectory)
            && File.Exists(Path.Combine(currentDirectory, "City311.csproj"))
            ? shellDirectory
            : currentDirectory;
}
