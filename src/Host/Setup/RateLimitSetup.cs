using System.Globalization;
using System.Threading.RateLimiting;
using SocialeKaart.Modules.Contracts.Security;

namespace SocialeKaart.Host.Setup;

/// <summary>
/// ASP.NET Core's rate limiter for the account forms: a fixed window of 10 minutes per client address, for posts only
/// (reading a form is never limited). Limits from Security:RateLimits (per 10 minutes). The address is a key in memory
/// for that window, nothing more. And a budget for the anonymous API that anyone may call in a loop (search,
/// suggestions, places): a token bucket per client address, generous enough for a busy office behind one address or
/// a benchmark at 50 searches a second, with 429 and Retry-After beyond it (ADR 24). Integrations with an API key and
/// requests without a network address (in-process) are not counted.
/// </summary>
public static class RateLimitSetup
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    public static void AddRateLimits(this WebApplicationBuilder builder)
    {
        var mails = builder.Configuration.GetValue("Security:RateLimits:AccountMailPer10Minutes", 5);
        var signIns = builder.Configuration.GetValue("Security:RateLimits:SignInPer10Minutes", 60);
        var perSecond = builder.Configuration.GetValue("Security:RateLimits:AnonymousApiPerSecond", 100);
        var burst = builder.Configuration.GetValue("Security:RateLimits:AnonymousApiBurst", 1000);
        builder.Services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => AnonymousApi(context, perSecond, burst));
            options.AddPolicy(RateLimits.AccountMail, context => PerAddress(context, mails));
            options.AddPolicy(RateLimits.SignIn, context => PerAddress(context, signIns));
            options.OnRejected = async (rejected, ct) =>
            {
                var response = rejected.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                // The API budget refills by the second and says when; the account forms wait for their window.
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)) : (int)Window.TotalSeconds;
                response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                var detail = seconds < 60
                    ? $"Te veel aanvragen vanaf dit adres. Probeer het over {seconds} {(seconds == 1 ? "seconde" : "seconden")} opnieuw."
                    : "Te veel pogingen vanaf dit adres. Probeer het over tien minuten opnieuw.";
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

    private static readonly string[] AnonymousApiPaths = ["/api/search", "/api/geography"];

    private static RateLimitPartition<string> AnonymousApi(HttpContext context, int perSecond, int burst)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null || context.Request.Headers.ContainsKey(Security.ApiKeyAuthenticationHandler.Header)
            || !AnonymousApiPaths.Any(p => context.Request.Path.StartsWithSegments(p)))
            return RateLimitPartition.GetNoLimiter("not counted");
        return RateLimitPartition.GetTokenBucketLimiter(address.ToString(), _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst, TokensPerPeriod = perSecond, ReplenishmentPeriod = TimeSpan.FromSeconds(1), QueueLimit = 0, AutoReplenishment = true,
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
