using System.Text.Json;
using Microsoft.Playwright;

namespace SocialeKaart.BrowserTests;

/// <summary>Runs axe-core (installed from npm with the site's front-end packages) in the page and fails on its violations.</summary>
public static class Accessibility
{
    private static readonly string AxeScript = Path.Combine(SiteServer.FindRoot(), "src", "Modules", "Site", "node_modules", "axe-core", "axe.min.js");

    public static Task AssertNoSeriousViolationsAsync(IPage page, string what) =>
        AssertNoViolationsAsync(page, what, impact => impact is "serious" or "critical");

    /// <summary>No violation of any impact (minor and moderate too): the bar for pages made phone first (issue 12).</summary>
    public static Task AssertNoViolationsAtAllAsync(IPage page, string what) => AssertNoViolationsAsync(page, what, _ => true);

    private static async Task AssertNoViolationsAsync(IPage page, string what, Func<string?, bool> counts)
    {
        if (!File.Exists(AxeScript)) throw new InvalidOperationException($"axe-core is missing at {AxeScript}: ./test.sh installs it with npm ci.");
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = AxeScript });
        var result = await page.EvaluateAsync<JsonElement>("async () => await axe.run(document, { resultTypes: ['violations'] })");
        var serious = result.GetProperty("violations").EnumerateArray()
            .Where(v => counts(v.GetProperty("impact").GetString()))
            .Select(v => $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}): {v.GetProperty("help").GetString()} at "
                + string.Join(", ", v.GetProperty("nodes").EnumerateArray().Take(3).Select(n => n.GetProperty("target")[0].ToString())))
            .ToList();
        Assert.True(serious.Count == 0, $"axe found problems on {what}:\n" + string.Join("\n", serious));
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(SiteServer.Screenshots, name + ".png"), FullPage = true });
}
