using System.Globalization;
using CityCrm.Knowledge.Search;

namespace CityCrm.Bench;

/// <summary>
/// The slowest questions of a query run (by thread CPU time where it can be read, else wall-clock time),
/// each with its time per search step and how much work it was, plus the run's allocations and garbage
/// collections: what the tail has in common, printed to stderr beside the progress.
/// </summary>
internal static class SlowestReport
{
    public static void Print(TextWriter writer, string label, IReadOnlyList<QuestionTiming> timings, int count, GcCounts collections)
    {
        var byCpu = ThreadCpu.Available;
        var slowest = timings.OrderByDescending(t => byCpu ? t.CpuMs : t.WallMs).Take(count).ToList();
        var allocated = timings.Average(t => t.AllocatedBytes) / 1024.0;
        writer.WriteLine(Invariant($"  {label}: allocated {allocated:0.#} KiB per question on average (max {timings.Max(t => t.AllocatedBytes) / 1024.0:0.#}); during the run: {collections}"));
        writer.WriteLine(Invariant($"  {label}: mean per step (ms): {Steps(Mean(timings, s => s.Milliseconds))}"));
        writer.WriteLine(Invariant($"  {label}: mean allocated per step (KiB): {Steps(Mean(timings, s => [.. s.Bytes.Select(b => b / 1024.0)]))}"));
        writer.WriteLine($"  {label}: the {slowest.Count} slowest questions by {(byCpu ? "CPU" : "wall-clock")} time:");
        writer.WriteLine($"    {"wall",7} {"cpu",7} {"KiB",6} {"terms",5} {"typo",4} {"matched",7} {"runs",4}  steps (ms)  question");
        foreach (var t in slowest)
        {
            var s = t.Stages;
            writer.WriteLine(Invariant(
                $"    {t.WallMs,7:0.00} {t.CpuMs,7:0.00} {t.AllocatedBytes / 1024.0,6:0} {s?.Terms,5} {s?.Misspelled,4} {s?.Matched,7} {s?.Runs,4}  {(s is null ? "" : Steps(s.Milliseconds))}  {(t.Answered ? "" : "(not answered) ")}\"{t.Question}\""));
        }
    }

    private static double[] Mean(IReadOnlyList<QuestionTiming> timings, Func<StageTimes, IReadOnlyList<double>> values) =>
        [.. Enumerable.Range(0, SearchStages.Names.Count).Select(i => timings.Where(t => t.Stages is not null).Select(t => values(t.Stages!)[i]).DefaultIfEmpty(0).Average())];

    private static string Steps(IReadOnlyList<double> milliseconds) =>
        string.Join(' ', SearchStages.Names.Select((name, i) => Invariant($"{name} {milliseconds[i]:0.00}")));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
