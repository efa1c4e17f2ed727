using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using SocialeKaart.Modules.Site;

namespace SearchBench;

/// <summary>
/// The public pages (issue 5): server time of the results page and the fiche page in an open loop at 20 and
/// 50 requests/s, and the weight of a results page (HTML, then everything it loads, without map tiles).
/// </summary>
public static partial class PagesBench
{
    public static async Task<string> RunAsync(SiteClient site, IReadOnlyList<FicheRow> rows, int size)
    {
        var random = new Random(5);
        var results = QuerySet.Mix(rows).Where(q => q.Class is "exact" or "common" or "place" or "facets" or "typo")
            .Select(q => new BenchQuery("results page", q.Url.Replace("/api/search?", "/zoeken?").Replace("municipality=", "gemeente="), q.Text)).ToList();
        var fiches = Enumerable.Range(0, results.Count).Select(_ => rows[random.Next(rows.Count)])
            .Select(r => new BenchQuery("fiche page", Slug.FichePath(r.Id, r.Name), null)).ToList();
        var mix = results.Zip(fiches, (a, b) => new[] { a, b }).SelectMany(p => p).ToList();
        // Warm-up: every URL once, so JIT tiering and caches settle before anything is measured.
        foreach (var q in mix) await site.GetAsync(q.Url, readBody: false);

        var report = new StringBuilder();
        report.AppendLine($"## {size:N0} fiches").AppendLine();
        report.AppendLine("| rate | page | requests | server p50 | server p95 | server p99 | client p95 | errors |");
        report.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var rate in new double[] { 20, 50 })
        {
            var (table, _) = await OpenLoop.RunAsync(site, mix, rate, TimeSpan.FromSeconds(30), offset: rate == 20 ? 0 : 600);
            foreach (var (name, l) in table.Classes)
                report.AppendLine($"| {rate}/s | {name} | {l.Count} | {l.Server(50):F1} | {l.Server(95):F1} | {l.Server(99):F1} | {l.Client(95):F1} | {l.Errors} |");
            await Task.Delay(2000);
        }
        report.AppendLine();

        report.AppendLine("### Page weight (uncompressed bytes, as a client without Accept-Encoding gets them; map tiles excluded)").AppendLine();
        report.AppendLine("| page | HTML | with everything it loads | files |");
        report.AppendLine("|---|---|---|---|");
        var sample = rows.First(r => r.Municipality is not null);
        foreach (var (label, url) in new[]
        {
            ("home", "/"),
            ("results (\"kinderopvang\" in Gent)", "/zoeken?q=kinderopvang&waar=Gent"),
            ("results with the map (\"kinderopvang\" in Gent)", "/zoeken?q=kinderopvang&waar=Gent&kaart=1"),
            ("fiche", Slug.FichePath(sample.Id, sample.Name)),
        })
        {
            var (html, total, files) = await WeightAsync(site, url);
            report.AppendLine($"| {label} | {html / 1024.0:F1} KB | {total / 1024.0:F1} KB | {files} |");
        }
        report.AppendLine();
        report.Append(await PhoneBench.RunAsync(site.Http.BaseAddress!.ToString().TrimEnd('/'), rows));
        return report.ToString();
    }

    /// <summary>The page's HTML, plus every stylesheet and script it references, plus the points the map script fetches.</summary>
    private static async Task<(long Html, long Total, int Files)> WeightAsync(SiteClient site, string url)
    {
        var html = await site.Http.GetStringAsync(url);
        long htmlBytes = Encoding.UTF8.GetByteCount(html), total = htmlBytes;
        var files = 1;
        foreach (Match m in AssetReference().Matches(html))
        {
            total += (await site.Http.GetByteArrayAsync(System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))).Length;
            files++;
        }
        if (PointsReference().Match(html) is { Success: true } points)
        {
            total += (await site.Http.GetByteArrayAsync(System.Net.WebUtility.HtmlDecode(points.Groups[1].Value))).Length;
            files++;
        }
        return (htmlBytes, total, files);
    }

    [GeneratedRegex("(?:href|src)=\"(/assets/[^\"]+)\"")]
    private static partial Regex AssetReference();

    [GeneratedRegex("data-points=\"([^\"]+)\"")]
    private static partial Regex PointsReference();
}
