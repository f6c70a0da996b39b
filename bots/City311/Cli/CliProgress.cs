using System.Globalization;

namespace CityCrm.City311.Cli;

/// <summary>
/// Shows how far a long <c>kb</c> command has come, on standard error so standard output stays clean:
/// a bar redrawn in place on a terminal, or a plain line every <see cref="LineEvery"/> items when the
/// output goes to a file or another program (which a bar would fill with carriage returns).
/// </summary>
public sealed class CliProgress(TextWriter stderr, string command, string verb, int total, bool terminal)
{
    /// <summary>Items between two progress lines when not on a terminal.</summary>
    public const int LineEvery = 1000;

    private const int Width = 30;
    private int drawnPercent = -1;

    /// <summary>Whether <paramref name="stderr"/> is this process's standard error, attached to a terminal.</summary>
    public static bool IsTerminal(TextWriter stderr) => ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;

    /// <summary>Reports that <paramref name="done"/> items of the total are finished.</summary>
    public void Report(int done)
    {
        if (!terminal)
        {
            if (done % LineEvery == 0 && done < total)
                stderr.WriteLine($"kb {command}: {verb} {done} of {total} articles");
            return;
        }
        var percent = total == 0 ? 100 : (int)(100L * done / total);
        if (percent == drawnPercent)
            return;
        drawnPercent = percent;
        var filled = Width * percent / 100;
        var bar = new string('#', filled) + new string('.', Width - filled);
        stderr.Write(string.Create(CultureInfo.InvariantCulture, $"\rkb {command}: [{bar}] {percent,3}% {done:N0}/{total:N0} {verb}"));
    }

    /// <summary>Ends the bar's line, so the next message starts on a line of its own.</summary>
    public void Finish()
    {
        if (terminal && drawnPercent >= 0)
            stderr.WriteLine();
    }
}
