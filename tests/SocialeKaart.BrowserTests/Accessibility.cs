using System.Text.Json;
using Microsoft.Playwright;

namespace SocialeKaart.BrowserTests;

/// <summary>Runs axe-core (installed from npm with the site's front-end packages) in the page and fails on serious or critical violations.</summary>
public static class Accessibility
{
    private static readonly string AxeScript = Path.Combine(SiteServer.FindRoot(), "src", "Modules", "Site", "node_modules", "axe-core", "axe.min.js");

    public static async Task AssertNoSeriousViolationsAsync(IPage page, string what)
    {
        if (!File.Exists(AxeScript)) throw new InvalidOperationException($"axe-core is missing at {AxeScript}: ./test.sh installs it with npm ci.");
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = AxeScript });
        var result = await page.EvaluateAsync<JsonElement>("async () => await axe.run(document, { resultTypes: ['violations'] })");
        var serious = result.GetProperty("violations").EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}): {v.GetProperty("help").GetString()} at "
                + string.Join(", ", v.GetProperty("nodes").EnumerateArray().Take(3).Select(n => n.GetProperty("target")[0].ToString())))
            .ToList();
        Assert.True(serious.Count == 0, $"axe found serious or critical problems on {what}:\n" + string.Join("\n", serious));
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(SiteServer.Screenshots, name + ".png"), FullPage = true });
}
