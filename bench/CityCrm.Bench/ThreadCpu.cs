using System.Runtime.InteropServices;

namespace CityCrm.Bench;

/// <summary>
/// The CPU time the calling thread has used, from Linux's per-thread clock. On a shared machine a search's
/// wall-clock time includes the moments other processes held the core; its CPU time does not, so the two
/// side by side tell the search's own cost from the machine's load. Elsewhere it reads 0 and is not reported.
/// </summary>
internal static class ThreadCpu
{
    private const int ClockThreadCpuTime = 3;

    /// <summary>Whether the clock can be read here.</summary>
    public static bool Available { get; } = OperatingSystem.IsLinux() && Read(out _);

    /// <summary>Milliseconds of CPU time the calling thread has used, or 0 where it cannot be read.</summary>
    public static double Milliseconds() => Available && Read(out var ms) ? ms : 0;

    private static bool Read(out double milliseconds)
    {
        milliseconds = 0;
        try
        {
            if (clock_gettime(ClockThreadCpuTime, out var time) != 0)
                return false;
            milliseconds = (time.Seconds * 1000.0) + (time.Nanoseconds / 1e6);
            return true;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clock, out TimeSpec time);
}
