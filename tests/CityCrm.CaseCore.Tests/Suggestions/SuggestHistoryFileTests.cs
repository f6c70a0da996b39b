using CityCrm.CaseCore.Suggestions;

namespace CityCrm.CaseCore.Tests.Suggestions;

public sealed class SuggestHistoryFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("history").FullName;

    public void Dispose() => Directory.Delete(folder, true);

    [Fact]
    public void Read_JsonLinesWithEitherNames_ReadsAll()
    {
        var path = Write("h.jsonl", """{"q":"pothole on elm","code":"REQPOTHL"}""", "", """{"description":"graffiti","service_code":"GENGRAFFITI"}""");

        Assert.Equal([new HistoryEntry("pothole on elm", "REQPOTHL"), new HistoryEntry("graffiti", "GENGRAFFITI")], HistoryFile.Read(path));
    }

    [Fact]
    public void Read_CsvWithQuotedCommas_ReadsCells()
    {
        var path = Write("h.csv", "id,description,service_code", "1,\"rats, lots of \"\"rats\"\"\",RODENTACT", "2,needles,NEEDRMVL");

        Assert.Equal([new HistoryEntry("rats, lots of \"rats\"", "RODENTACT"), new HistoryEntry("needles", "NEEDRMVL")], HistoryFile.Read(path));
    }

    [Fact]
    public void Read_LineWithoutCode_FailsWithLineNumber()
    {
        var path = Write("h.jsonl", """{"q":"a","code":"X"}""", """{"q":"b"}""");

        var e = Assert.Throws<InvalidDataException>(() => HistoryFile.Read(path));
        Assert.Contains(":2:", e.Message);
    }

    [Fact]
    public void Append_TwiceToNewFile_KeepsBoth()
    {
        var path = Path.Combine(folder, "data", ServiceHistory.FileName);

        HistoryFile.Append(path, [new HistoryEntry("one", "A")]);
        HistoryFile.Append(path, [new HistoryEntry("two", "B")]);

        Assert.Equal(["one", "two"], ServiceHistory.ReadFrom(Path.Combine(folder, "data")).Select(e => e.Description));
    }

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllLines(path, lines);
        return path;
    }
}
