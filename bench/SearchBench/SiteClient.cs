using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace SearchBench;

/// <summary>Requests to the running site: each answer's client time and the server's own time (its Server-Timing header).</summary>
public sealed class SiteClient(string baseUrl)
{
    public HttpClient Http { get; } = new(new SocketsHttpHandler { MaxConnectionsPerServer = 512, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
    {
        BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30),
    };

    public sealed record Answer(bool Ok, double ServerMs, JsonElement? Body);

    public async Task<Answer> GetAsync(string url, bool readBody)
    {
        using var response = await Http.GetAsync(url, HttpCompletionOption.ResponseContentRead);
        var server = ServerTime(response);
        JsonElement? body = readBody && response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonElement>() : null;
        if (!readBody) await response.Content.ReadAsByteArrayAsync();
        return new Answer(response.IsSuccessStatusCode, server, body);
    }

    /// <summary>Runs one request, recording client time measured from <paramref name="due"/> (so a late start counts against us).</summary>
    public async Task TimeAsync(BenchQuery query, LatencyTable table, long due)
    {
        try
        {
            var answer = await GetAsync(query.Url, readBody: false);
            var client = Stopwatch.GetElapsedTime(due).TotalMilliseconds;
            if (!answer.Ok) { table[query.Class].Failed(); table.All.Failed(); return; }
            table[query.Class].Record(client, answer.ServerMs);
            table.All.Record(client, answer.ServerMs);
        }
        catch (Exception)
        {
            table[query.Class].Failed();
            table.All.Failed();
        }
    }

    private static double ServerTime(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Server-Timing", out var values)
        && values.First().Split("dur=") is [_, var ms]
        && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : double.NaN;
}
