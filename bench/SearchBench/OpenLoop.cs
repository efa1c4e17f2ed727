using System.Diagnostics;

namespace SearchBench;

/// <summary>
/// An open-loop load: requests start at a fixed arrival rate whether or not earlier ones have answered, and
/// each latency counts from the moment its request was due (no coordinated omission: a stalled server is
/// not given time to recover by a waiting client).
/// </summary>
public static class OpenLoop
{
    public static async Task<(LatencyTable Table, double AchievedRate)> RunAsync(SiteClient site, IReadOnlyList<BenchQuery> queries, double rate, TimeSpan duration, int offset = 0)
    {
        var table = new LatencyTable();
        var total = (int)(rate * duration.TotalSeconds);
        var inFlight = new List<Task>(total);
        var start = Stopwatch.GetTimestamp();
        var ticksPerRequest = Stopwatch.Frequency / rate;
        for (var i = 0; i < total; i++)
        {
            var due = start + (long)(i * ticksPerRequest);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.FromMilliseconds(2)) await Task.Delay(wait - TimeSpan.FromMilliseconds(1));
            while (Stopwatch.GetTimestamp() < due) Thread.SpinWait(20);
            inFlight.Add(site.TimeAsync(queries[(offset + i) % queries.Count], table, due));
        }
        var sent = Stopwatch.GetElapsedTime(start).TotalSeconds;
        await Task.WhenAll(inFlight);
        return (table, total / sent);
    }
}
