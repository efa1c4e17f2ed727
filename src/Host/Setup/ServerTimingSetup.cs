using System.Diagnostics;
using System.Globalization;

namespace SocialeKaart.Host.Setup;

public static class ServerTimingSetup
{
    /// <summary>
    /// Every response says how long the server worked on it (Server-Timing: app;dur=ms, a W3C header browsers
    /// show in their developer tools): benchmarks separate server time from client and network time with it.
    /// </summary>
    public static void UseServerTiming(this WebApplication app) => app.Use(async (context, next) =>
    {
        var started = Stopwatch.GetTimestamp();
        context.Response.OnStarting(() =>
        {
            context.Response.Headers["Server-Timing"] = string.Create(CultureInfo.InvariantCulture, $"app;dur={Stopwatch.GetElapsedTime(started).TotalMilliseconds:F2}");
            return Task.CompletedTask;
        });
        await next();
    });
}
