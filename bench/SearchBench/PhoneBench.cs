using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using SocialeKaart.Modules.Site;

namespace SearchBench;

/// <summary>
/// The public pages on a throttled phone (issue 12): Debian's Chromium at 390×844, Lighthouse's "slow 4G" network
/// (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up) and a 4× slower CPU, an empty cache for every load. Reports
/// first and largest contentful paint and the bytes transferred (as encoded on the wire), the median of five loads,
/// next to a reference in the same run: a 0.1 KB text file from the same server under the same throttling, the
/// floor that the network alone sets.
/// </summary>
public static class PhoneBench
{
    private const int Loads = 5;

    public static async Task<string> RunAsync(string baseUrl, IReadOnlyList<FicheRow> rows)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = new[] { Environment.GetEnvironmentVariable("CHROMIUM_PATH"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
                .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p)) ?? throw new InvalidOperationException("Chromium not found (CHROMIUM_PATH)."),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        var fiche = rows.First(r => r.Municipality is not null);
        var pages = new (string Label, string Url, double? LcpBar, double? KbBar)[]
        {
            ("reference: a 0.1 KB text file (robots.txt)", "/robots.txt", null, null),
            ("home", "/", 1.0, null),
            ("results (\"kinderopvang\" in Gent)", "/zoeken?q=kinderopvang&waar=Gent", 1.0, 40),
            ("fiche (map on demand)", Slug.FichePath(fiche.Id, fiche.Name), 1.0, 40),
            ("advanced search, with results", "/uitgebreid-zoeken?organisatie=dienst&provincie=40000", null, null),
        };
        var report = new StringBuilder();
        report.AppendLine("### On a throttled phone (slow 4G: 150 ms RTT, 1.6 Mbit/s; CPU 4× slower; 390×844; empty cache)").AppendLine();
        report.AppendLine("| page | FCP | LCP | LCP ÷ reference | transferred | requests | bars (issue 12) |");
        report.AppendLine("|---|---|---|---|---|---|---|");
        double? floor = null;
        foreach (var (label, url, lcpBar, kbBar) in pages)
        {
            var loads = new List<(double Fcp, double Lcp, long Bytes, int Requests)>();
            for (var i = 0; i < Loads + 1; i++)
            {
                var load = await LoadAsync(browser, baseUrl + url);
                if (i > 0) loads.Add(load); // the first load warms the server's caches, not the browser's
            }
            var fcp = Median(loads.Select(l => l.Fcp));
            var lcp = Median(loads.Select(l => l.Lcp));
            var kb = Median(loads.Select(l => (double)l.Bytes)) / 1024;
            floor ??= lcp;
            var bars = string.Join("; ", new[]
            {
                lcpBar is { } lb ? $"LCP ≤ {lb:F1} s: {(lcp / 1000 <= lb ? "met" : "**not met**")}" : null,
                kbBar is { } kbb ? $"≤ {kbb} KB: {(kb <= kbb ? "met" : "**not met**")}" : null,
            }.Where(b => b is not null));
            report.AppendLine($"| {label} | {fcp / 1000:F2} s | {lcp / 1000:F2} s | {lcp / floor.Value:F1}× | {kb:F1} KB | {loads[0].Requests} | {(bars.Length == 0 ? "–" : bars)} |");
        }
        report.AppendLine();
        report.AppendLine("Transferred: the encoded bytes of the document and everything it loads, headers included (Resource Timing " +
            "`transferSize`); Chromium asks for gzip over plain HTTP (Brotli only over HTTPS), so a real site sends less.").AppendLine();
        return report.ToString();
    }

    private static async Task<(double Fcp, double Lcp, long Bytes, int Requests)> LoadAsync(IBrowser browser, string url)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 }, DeviceScaleFactor = 3, IsMobile = true, HasTouch = true,
        });
        var page = await context.NewPageAsync();
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Network.enable");
        await cdp.SendAsync("Network.setCacheDisabled", new Dictionary<string, object> { ["cacheDisabled"] = true });
        await cdp.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
        {
            ["offline"] = false, ["latency"] = 150, ["downloadThroughput"] = 1.6 * 1024 * 1024 / 8, ["uploadThroughput"] = 750 * 1024 / 8,
        });
        await cdp.SendAsync("Emulation.setCPUThrottlingRate", new Dictionary<string, object> { ["rate"] = 4 });
        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = 60_000 });
        await page.WaitForTimeoutAsync(500); // let late paints report
        var json = await page.EvaluateAsync<JsonElement>("""
            () => new Promise(resolve => {
              let lcp = 0;
              new PerformanceObserver(list => { for (const e of list.getEntries()) lcp = Math.max(lcp, e.startTime); })
                .observe({ type: 'largest-contentful-paint', buffered: true });
              setTimeout(() => {
                const fcp = performance.getEntriesByName('first-contentful-paint')[0];
                const nav = performance.getEntriesByType('navigation')[0];
                const resources = performance.getEntriesByType('resource');
                resolve({
                  fcp: fcp ? fcp.startTime : 0,
                  lcp: lcp || (fcp ? fcp.startTime : 0),
                  bytes: nav.transferSize + resources.reduce((s, r) => s + r.transferSize, 0),
                  requests: 1 + resources.length,
                });
              }, 100);
            })
            """);
        return (json.GetProperty("fcp").GetDouble(), json.GetProperty("lcp").GetDouble(), json.GetProperty("bytes").GetInt64(), json.GetProperty("requests").GetInt32());
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[sorted.Count / 2];
    }
}
