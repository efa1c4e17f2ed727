using Serilog;
using Serilog.Formatting.Compact;

namespace SocialeKaart.Host.Setup;

public static class LoggingSetup
{
    public static void AddLogging(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        // The (sp, lc) overload instead of a static bootstrap logger: tests build several hosts in one process.
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext()
                .Enrich.WithProperty("Application", "SocialeKaart")
                // A client's body that is not the JSON a route takes gets a 400 naming the field (and the request log
                // says so); Wolverine also logs it as an Error with a stack trace, which is not a fault of ours.
                .Filter.ByExcluding(e => e.Level == Serilog.Events.LogEventLevel.Error
                    && e.MessageTemplate.Text.StartsWith("Error trying to deserialize JSON from incoming HTTP body", StringComparison.Ordinal));
            if (development) logger.WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            else logger.WriteTo.Console(new RenderedCompactJsonFormatter());
        });
    }

    public static void UseRequestLogging(this WebApplication app) =>
        app.UseSerilogRequestLogging(options =>
        {
            // Health probes every few seconds would drown the log.
            options.GetLevel = (context, _, exception) =>
                exception is not null || context.Response.StatusCode >= 500 ? Serilog.Events.LogEventLevel.Error
                : context.Request.Path.StartsWithSegments("/health") ? Serilog.Events.LogEventLevel.Verbose
                : Serilog.Events.LogEventLevel.Information;
        });
}
