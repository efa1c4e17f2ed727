using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SearchBench;

// Usage (bench/search.sh runs it): SearchBench --url U --db CONNECTION --pid HOSTPID --size N --out FILE --coordinator-key K --admin-key K [--mode pages|relevance|steps]
var options = args.Chunk(2).ToDictionary(p => p[0].TrimStart('-'), p => p[1]);
string Arg(string name) => options.TryGetValue(name, out var v) ? v : throw new ArgumentException($"--{name} is required");
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var site = new SiteClient(Arg("url"));
var pid = int.Parse(Arg("pid"));
var size = int.Parse(Arg("size"));
var report = new StringBuilder();
void Say(string line) => Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {line}");

if (options.GetValueOrDefault("mode") == "steps") // the engine in process only: no site needed
{
    var stepsMix = QuerySet.Mix(await QuerySet.LoadAsync(Arg("db")));
    using var alone = await ReferenceIndex.BuildAsync(Arg("db"));
    File.WriteAllText(Arg("out"), EngineReport.Steps(await EngineSteps.RunAsync(alone, Arg("db"), stepsMix)));
    return;
}
await Ready.WaitAsync(site);
var rows = await QuerySet.LoadAsync(Arg("db"));
if (options.GetValueOrDefault("mode") == "relevance")
{
    File.WriteAllText(Arg("out"), await RelevanceBench.RunAsync(site, rows, Arg("judged"), size, Arg("db"), Arg("coordinator-key")));
    return;
}
if (options.GetValueOrDefault("mode") == "pages")
{
    File.WriteAllText(Arg("out"), await PagesBench.RunAsync(site, rows, size));
    return;
}
var mix = QuerySet.Mix(rows);
var recall = QuerySet.Recall(rows);
var autocomplete = QuerySet.Autocomplete(rows);
Say($"{rows.Count} fiches; {mix.Count} mixed queries, {recall.Count} recall queries, {autocomplete.Count} autocomplete queries");
var rssLoaded = Memory.Rss(pid);

// Full rebuild from the event store, as an administrator would start it.
Say("rebuild");
var rebuildWatch = Stopwatch.StartNew();
using var rebuildRequest = new HttpRequestMessage(HttpMethod.Post, "/api/search/rebuild");
rebuildRequest.Headers.Add("X-Api-Key", Arg("admin-key"));
// A rebuild may take longer than a search request may: its own client, with minutes to answer.
using var slow = new HttpClient { BaseAddress = site.Http.BaseAddress, Timeout = TimeSpan.FromMinutes(10) };
var rebuild = await (await slow.SendAsync(rebuildRequest)).EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
var rebuildWall = rebuildWatch.Elapsed.TotalSeconds;
await Ready.WaitAsync(site);

// The previous index is retired 5 s after a rebuild, and the first searches of the new one build its per-segment
// arrays and finish the JIT's tiering: measured before that, one query at a time came out 2–3× slower than the
// open loop that follows. So: wait for the retirement, then the whole mix once.
await Task.Delay(TimeSpan.FromSeconds(6));
Say("warm-up");
foreach (var q in mix.Concat(autocomplete)) await site.GetAsync(q.Url, readBody: false);

Say("one at a time");
var sequential = new LatencyTable();
foreach (var q in mix.Concat(autocomplete)) await site.TimeAsync(q, sequential, Stopwatch.GetTimestamp());
var ourRecall = new Dictionary<string, (int Hit, int Total)>();
foreach (var q in recall)
{
    var answer = await site.GetAsync(q.Url + "&pageSize=10", readBody: true);
    var found = answer.Body is { } body && body.GetProperty("hits").EnumerateArray().Any(h => h.GetProperty("id").GetGuid() == q.Target);
    var (hit, total) = ourRecall.GetValueOrDefault(q.Class);
    ourRecall[q.Class] = (hit + (found ? 1 : 0), total + 1);
}

Say("open loop at 50/s");
var (steady, steadyRate) = await OpenLoop.RunAsync(site, mix, 50, TimeSpan.FromSeconds(30));
var (autoSteady, _) = await OpenLoop.RunAsync(site, autocomplete, 50, TimeSpan.FromSeconds(12));

Say("rate ladder");
var ladder = new List<(double Target, double Achieved, Latencies All)>();
var offset = 0;
foreach (var rate in new double[] { 100, 200, 300, 400, 600, 800, 1200, 1600 })
{
    var (table, achieved) = await OpenLoop.RunAsync(site, mix, rate, TimeSpan.FromSeconds(10), offset);
    offset += (int)(rate * 10);
    ladder.Add((rate, achieved, table.All));
    Say($"  {rate}/s: p95 {table.All.Client(95):F1} ms, errors {table.All.Errors}");
    if (table.All.Client(95) > 100 || table.All.Errors > table.All.Count / 100) break;
    await Task.Delay(2000);
}

Say("references");
using var own = await ReferenceIndex.BuildAsync(Arg("db"));
var bare = References.BareLucene(own, mix.Concat(recall));
var ilikeQueries = mix.GroupBy(q => q.Class).SelectMany(g => g.Take(40)).Concat(recall.GroupBy(q => q.Class).SelectMany(g => g.Take(50))).ToList();
var ilike = await References.IlikeAsync(Arg("db"), ilikeQueries);
Say("the engine step by step");
var steps = await EngineSteps.RunAsync(own, Arg("db"), mix);
Say("projection lag");
var lag = await Lag.MeasureAsync(site, Arg("coordinator-key"), samples: 50);

var rssEnd = Memory.Rss(pid);
var peak = Memory.Peak(pid);

// ---- report ----
string F(double v) => double.IsNaN(v) ? "–" : v.ToString(v < 10 ? "F2" : "F1", CultureInfo.InvariantCulture);
report.AppendLine($"## {size:N0} fiches ({rows.Count:N0} findable)").AppendLine();
report.AppendLine($"- full rebuild from the event store: **{rebuild.GetProperty("seconds").GetDouble():F1} s** for {rebuild.GetProperty("documents").GetInt32():N0} fiches (request {rebuildWall:F1} s)");
report.AppendLine($"- projection lag, fiche registered (POST answered) → found by search: p50 {F(lag.P(50))} ms, **p95 {F(lag.P(95))} ms**, max {F(lag.P(100))} ms ({lag.Count} fiches, one at a time)");
report.AppendLine($"- the same rebuild in process (the engine alone, from the search ledger, no event store or HTTP): {own.BuildSeconds:F1} s for {own.Documents:N0} documents");
report.AppendLine($"- host memory (RSS): {rssLoaded} MB when loaded, {rssEnd} MB after the benchmark, peak {peak} MB");
report.AppendLine();
report.AppendLine("### Quick search, one query at a time, and the references (ms)").AppendLine();
report.AppendLine("Server time from the site's `Server-Timing` header; client time includes HTTP on loopback. References run the same queries in the same run: bare Lucene.NET (an index of the same ledger built by the site's engine, copied into memory; the same Lucene query, top 20, no HTTP) and PostgreSQL `ILIKE '%word%'` on every word (first 40 queries per class).").AppendLine();
report.AppendLine("| class | n | server p50 | server p95 | client p50 | client p95 | bare Lucene p50 | bare Lucene p95 | ILIKE p50 | ILIKE p95 | server p50 ÷ bare Lucene p50 | ILIKE p50 ÷ server p50 |");
report.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
foreach (var (name, l) in sequential.Classes.Where(c => !c.Name.StartsWith("suggest")))
{
    var b = bare.Table[name];
    var i = ilike.Table[name];
    report.AppendLine($"| {name} | {l.Count} | {F(l.Server(50))} | {F(l.Server(95))} | {F(l.Client(50))} | {F(l.Client(95))} | {F(b.Client(50))} | {F(b.Client(95))} | {F(i.Client(50))} | {F(i.Client(95))} | {F(l.Server(50) / b.Client(50))}× | {F(i.Client(50) / l.Server(50))}× |");
}
report.AppendLine();
report.AppendLine("### What each step costs (in process, the benchmark's own copy of the index, one query at a time)").AppendLine();
report.AppendLine("Each row adds a step of the site's search to the one above, on the same queries; the ratio is over the bare query. The rest of the server time is HTTP, input checks, the place look-up and JSON.").AppendLine();
report.AppendLine(EngineReport.Steps(steps));
report.AppendLine($"### Open loop at 50 queries/s for 30 s ({steady.All.Count:N0} requests, achieved {steadyRate:F1}/s, {steady.All.Errors} errors) (ms)").AppendLine();
report.AppendLine("| class | n | server p50 | server p95 | server p99 | client p50 | client p95 | client p99 |");
report.AppendLine("|---|---|---|---|---|---|---|---|");
foreach (var (name, l) in steady.Classes.Append(("all", steady.All)))
    report.AppendLine($"| {name} | {l.Count} | {F(l.Server(50))} | {F(l.Server(95))} | {F(l.Server(99))} | {F(l.Client(50))} | {F(l.Client(95))} | {F(l.Client(99))} |");
var typoRatio = steady["typo"].Server(95) / steady["exact"].Server(95);
report.AppendLine().AppendLine($"Typo ÷ exact, server p95 at 50/s: **{F(typoRatio)}×**.").AppendLine();
report.AppendLine("### Rate ladder (open loop, 10 s per step, the same mix)").AppendLine();
report.AppendLine("| target/s | achieved/s | requests | client p50 | client p95 | client p99 | server p95 | errors | p95 ≤ 100 ms |");
report.AppendLine("|---|---|---|---|---|---|---|---|---|");
foreach (var (target, achieved, l) in ladder)
    report.AppendLine($"| {target} | {achieved:F0} | {l.Count} | {F(l.Client(50))} | {F(l.Client(95))} | {F(l.Client(99))} | {F(l.Server(95))} | {l.Errors} | {(l.Client(95) <= 100 && l.Errors == 0 ? "yes" : "no")} |");
var best = ladder.Where(s => s.All.Client(95) <= 100 && s.All.Errors == 0).Select(s => s.Achieved).DefaultIfEmpty(double.NaN).Max();
report.AppendLine().AppendLine($"Highest rate with client p95 ≤ 100 ms: **{F(best)} queries/s** (load generator on the same 2 cores as the site and PostgreSQL).").AppendLine();
report.AppendLine("### Autocomplete (ms)").AppendLine();
report.AppendLine("| endpoint | one at a time: server p50 | server p95 | client p95 | at 50/s: server p95 | client p95 |");
report.AppendLine("|---|---|---|---|---|---|");
foreach (var (name, l) in sequential.Classes.Where(c => c.Name.StartsWith("suggest")))
    report.AppendLine($"| {name[9..]} | {F(l.Server(50))} | {F(l.Server(95))} | {F(l.Client(95))} | {F(autoSteady[name].Server(95))} | {F(autoSteady[name].Client(95))} |");
report.AppendLine();
report.AppendLine("### Quality: recall@10 on known-target queries").AppendLine();
report.AppendLine("A unique fiche name with one typo in its longest word, or typed without its accents; a hit when that fiche is among the first 10.").AppendLine();
report.AppendLine("| set | n | site | bare Lucene | ILIKE |");
report.AppendLine("|---|---|---|---|---|");
foreach (var (name, (hit, total)) in ourRecall.OrderBy(r => r.Key))
{
    double Rate(References.Outcome o) { var qs = recall.Where(q => q.Class == name && o.Top.ContainsKey(q)).ToList(); return qs.Count == 0 ? double.NaN : qs.Count(q => o.Top[q].Take(10).Contains(q.Target!.Value)) / (double)qs.Count; }
    report.AppendLine($"| {name[8..]} | {total} | **{(double)hit / total:F3}** | {F(Rate(bare))} | {F(Rate(ilike))} |");
}
report.AppendLine();
File.WriteAllText(Arg("out"), report.ToString());
Say("done");

static class Ready
{
    public static async Task WaitAsync(SiteClient site)
    {
        var until = DateTime.UtcNow.AddMinutes(15);
        while (DateTime.UtcNow < until)
        {
            try
            {
                var health = await site.Http.GetFromJsonAsync<JsonElement>("/health/ready");
                if (health.GetProperty("checks").GetProperty("search").GetProperty("status").GetString() == "Healthy") return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(1000);
        }
        throw new TimeoutException("The site did not become ready within 15 minutes.");
    }
}

static class Memory
{
    public static long Rss(int pid) => Read(pid, "VmRSS:");
    public static long Peak(int pid) => Read(pid, "VmHWM:");
    private static long Read(int pid, string key) =>
        long.Parse(File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith(key)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024;
}

static class Lag
{
    public sealed record Samples(List<double> Ms)
    {
        public int Count => Ms.Count;
        public double P(double percentile) => Ms.Count == 0 ? double.NaN : Ms.Order().ElementAt(Math.Min(Ms.Count - 1, (int)Math.Ceiling(percentile / 100 * Ms.Count) - 1));
    }

    /// <summary>Registers fiches with a unique word in the name and polls quick search until each is found.</summary>
    public static async Task<Samples> MeasureAsync(SiteClient site, string key, int samples)
    {
        var random = new Random(3);
        var lags = new List<double>();
        for (var i = 0; i < samples; i++)
        {
            var token = "meetpunt" + new string(Enumerable.Range(0, 8).Select(_ => (char)('a' + random.Next(26))).ToArray());
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/fiches")
            {
                Content = JsonContent.Create(new
                {
                    name = $"Zoekproef {token}",
                    address = new { street = "Kortrijksesteenweg", number = "83", box = (string?)null, postcode = "9000", municipality = "Gent" },
                    phone = "09 265 04 00",
                }),
            };
            request.Headers.Add("X-Api-Key", key);
            (await site.Http.SendAsync(request)).EnsureSuccessStatusCode();
            var committed = Stopwatch.GetTimestamp();
            while (Stopwatch.GetElapsedTime(committed) < TimeSpan.FromSeconds(10))
            {
                var answer = await site.GetAsync($"/api/search?q={token}&pageSize=1", readBody: true);
                if (answer.Body is { } body && body.GetProperty("total").GetInt32() > 0) { lags.Add(Stopwatch.GetElapsedTime(committed).TotalMilliseconds); break; }
                await Task.Delay(2);
            }
            await Task.Delay(100);
        }
        return new Samples(lags);
    }
}
