using HdrHistogram;

namespace SearchBench;

/// <summary>Client and server latencies of one class of requests, in microseconds (HdrHistogram, 3 significant digits).</summary>
public sealed class Latencies
{
    private readonly LongHistogram _client = new(60_000_000, 3);
    private readonly LongHistogram _server = new(60_000_000, 3);
    private readonly Lock _gate = new();
    public int Errors { get; private set; }

    public void Record(double clientMs, double? serverMs)
    {
        lock (_gate)
        {
            _client.RecordValue(Math.Max(1, (long)(clientMs * 1000)));
            if (serverMs is { } s) _server.RecordValue(Math.Max(1, (long)(s * 1000)));
        }
    }

    public void Failed()
    {
        lock (_gate) Errors++;
    }

    public long Count => _client.TotalCount;
    public double Client(double percentile) => _client.TotalCount == 0 ? double.NaN : _client.GetValueAtPercentile(percentile) / 1000.0;
    public double Server(double percentile) => _server.TotalCount == 0 ? double.NaN : _server.GetValueAtPercentile(percentile) / 1000.0;
}

/// <summary>Latencies per class, plus a total over all of them.</summary>
public sealed class LatencyTable
{
    private readonly Dictionary<string, Latencies> _classes = new();
    public Latencies All { get; } = new();

    public Latencies this[string name]
    {
        get
        {
            lock (_classes)
            {
                if (!_classes.TryGetValue(name, out var latencies)) _classes[name] = latencies = new Latencies();
                return latencies;
            }
        }
    }

    public IEnumerable<(string Name, Latencies Latencies)> Classes => _classes.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, c.Value));
}
