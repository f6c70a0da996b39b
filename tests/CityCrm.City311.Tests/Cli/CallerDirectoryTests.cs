using System.Diagnostics;
using System.Text.Json;
using CityCrm.City311.Cli;

namespace CityCrm.City311.Tests.Cli;

/// <summary>
/// Relative paths on the command line mean the caller's folder, although <c>dotnet run --project</c> starts the
/// program in the project's folder.
/// </summary>
public sealed class CallerDirectoryTests
{
    private static string ProjectFolder => Path.Combine(CasesCliRun.Root, "bots", "City311");

    [Fact]
    public void Find_StartedInTheProjectFolder_IsTheShellsFolder()
    {
        var shell = Path.GetTempPath();

        Assert.Equal(shell, CallerDirectory.Find(ProjectFolder, shell));
    }

    [Fact]
    public void Find_StartedElsewhere_KeepsTheWorkingFolderWhateverPwdSays()
    {
        var elsewhere = Path.GetTempPath();

        Assert.Equal(elsewhere, CallerDirectory.Find(elsewhere, ProjectFolder));
        Assert.Equal(ProjectFolder, CallerDirectory.Find(ProjectFolder, null));
        Assert.Equal(ProjectFolder, CallerDirectory.Find(ProjectFolder, "relative/not/a/shell"));
    }

    [Fact]
    public void Parse_RelativePathOptions_RootedAtTheBaseFolderAndOtherValuesKept()
    {
        var options = CliOptions.Parse(["--catalog", "lists/services.json", "--definitions", "a.json, /abs/b.xml", "--top", "3", "--data", "/var/data"], "/home/clerk");

        Assert.Equal("/home/clerk/lists/services.json", options.Get("--catalog"));
        Assert.Equal("/home/clerk/a.json, /abs/b.xml", options.Get("--definitions"));
        Assert.Equal("3", options.Get("--top"));
        Assert.Equal("/var/data", options.Get("--data"));
    }

    [Fact]
    public async Task Suggest_RunLikeDotnetRunWithARelativeCatalog_ReadsItFromTheShellsFolder()
    {
        var shell = Directory.CreateTempSubdirectory("citycrm-caller-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(shell, "lists"));
            File.Copy(CasesCliRun.BostonServices, Path.Combine(shell, "lists", "services.json"));
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = ProjectFolder,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "City311.dll"), "cases", "suggest", "--catalog", "lists/services.json", "--top", "1" })
                start.ArgumentList.Add(arg);
            start.Environment["PWD"] = shell;
            using var process = Process.Start(start)!;
            await process.StandardInput.WriteLineAsync("needles by the swings");
            process.StandardInput.Close();
            var output = await process.StandardOutput.ReadToEndAsync();
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();

            Assert.True(process.ExitCode == 0, error);
            var line = JsonDocument.Parse(output.Trim()).RootElement;
            Assert.Equal("NEEDRMVL", line.GetProperty("services")[0].GetProperty("code").GetString());
        }
        finally
        {
            Directory.Delete(shell, recursive: true);
        }
    }
}
