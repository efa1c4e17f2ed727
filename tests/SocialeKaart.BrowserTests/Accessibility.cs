using System.Text.Json;
using Microsoft.Playwright;
using SocialeKaart.Tests.Shared;

namespace SocialeKaart.BrowserTests;

/// <summary>
/// Runs axe-core (installed from npm with the site's front-end packages) in the page and fails on its violations, and
/// reads the page's text for what no reader should see (<see cref="ReadableText"/>).
/// </summary>
public static class Accessibility
{
    private static readonly string AxeScript = Path.Combine(SiteServer.FindRoot(), "src", "Modules", "Site", "node_modules", "axe-core", "axe.min.js");

    /// <summary>No violation of any impact, minor and moderate included: the bar for every page (issue 12).</summary>
    public static async Task AssertNoViolationsAsync(IPage page, string what)
    {
        if (!File.Exists(AxeScript)) throw new InvalidOperationException($"axe-core is missing at {AxeScript}: ./test.sh installs it with npm ci.");
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = AxeScript });
        var result = await page.EvaluateAsync<JsonElement>("async () => await axe.run(document, { resultTypes: ['violations'] })");
        var violations = result.GetProperty("violations").EnumerateArray()
            .Select(v => $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}): {v.GetProperty("help").GetString()} at "
                + string.Join(", ", v.GetProperty("nodes").EnumerateArray().Take(3).Select(n => n.GetProperty("target")[0].ToString())))
            .ToList();
        Assert.True(violations.Count == 0, $"axe found problems on {what}:\n" + string.Join("\n", violations));

        // The words too: nothing from the code, no escapes, no English dates (the same rule as for every mail).
        var text = await page.EvaluateAsync<string>("() => document.title + '\\n' + document.body.innerText");
        var unreadable = ReadableText.Problems(text);
        Assert.True(unreadable.Count == 0, $"{what} shows what a reader should not see:\n" + string.Join("\n", unreadable));
    }

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(SiteServer.Screenshots, name + ".png"), FullPage = true });
}
