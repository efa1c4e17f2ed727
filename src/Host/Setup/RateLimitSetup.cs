using System.Globalization;
using System.Threading.RateLimiting;
using SocialeKaart.Modules.Contracts.Security;

namespace SocialeKaart.Host.Setup;

/// <summary>
/// ASP.NET Core's rate limiter for the account forms: a fixed window of 10 minutes per client address, for posts only
/// (reading a form is never limited). Limits from Security:RateLimits (per 10 minutes). The address is a key in memory
/// for that window, nothing more.
/// </summary>
public static class RateLimitSetup
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    public static void AddRateLimits(this WebApplicationBuilder builder)
    {
        var mails = builder.Configuration.GetValue("Security:RateLimits:AccountMailPer10Minutes", 5);
        var signIns = builder.Configuration.GetValue("Security:RateLimits:SignInPer10Minutes", 60);
        builder.Services.AddRateLimiter(options =>
        {
            options.AddPolicy(RateLimits.AccountMail, context => PerAddress(context, mails));
            options.AddPolicy(RateLimits.SignIn, context => PerAddress(context, signIns));
            options.OnRejected = async (rejected, ct) =>
            {
                var response = rejected.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = ((int)Window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                const string detail = "Te veel pogingen vanaf dit adres. Probeer het over tien minuten opnieuw.";
                if (rejected.HttpContext.Request.Path.StartsWithSegments("/api"))
                    await response.WriteAsJsonAsync(new Microsoft.AspNetCore.Mvc.ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests, Title = "Te veel aanvragen.", Detail = detail,
                        Type = "https://tools.ietf.org/html/rfc6585#section-4",
                    }, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", ct);
                else
                {
                    response.ContentType = "text/html; charset=utf-8";
                    await response.WriteAsync($"<!DOCTYPE html><html lang=\"nl-BE\"><head><meta charset=\"utf-8\"><title>Te veel pogingen · Sociale Kaart</title></head>" +
                        $"<body><main><h1>Te veel pogingen</h1><p>{detail}</p><p><a href=\"/\">Naar de Sociale Kaart</a></p></main></body></html>", ct);
                }
            };
        });
    }

    private static RateLimitPartition<string> PerAddress(HttpContext context, int permits) =>
        HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
            ? RateLimitPartition.GetNoLimiter("reading")
            : RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits, Window = Window, QueueLimit = 0, AutoReplenishment = true,
            });
}
