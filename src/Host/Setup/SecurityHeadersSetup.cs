using SocialeKaart.Modules.Contracts.Security;

namespace SocialeKaart.Host.Setup;

/// <summary>
/// The headers every answer carries (ADR 24): a Content-Security-Policy without 'unsafe-inline' (the pages have no
/// inline script or style; Leaflet sets styles through the DOM, which CSP allows), nosniff, a referrer policy that
/// keeps search words out of other sites' logs, no framing (but where an endpoint says otherwise with
/// <see cref="FrameAncestorsAttribute"/>), a permissions policy, HSTS outside Development, and no Server header.
/// </summary>
public static class SecurityHeadersSetup
{
    public static void AddSecurityHeaders(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);
        builder.Services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
    }

    public static void UseSecurityHeaders(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment() && !app.Environment.IsEnvironment("Testing"))
        {
            app.UseHsts();
            // Redirects only when an HTTPS port is known (an https binding, or ASPNETCORE_HTTPS_PORT behind a proxy).
            app.UseHttpsRedirection();
        }
        var policy = ContentSecurityPolicy(app.Configuration["Site:Map:TileUrl"]);
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                var ancestors = context.GetEndpoint()?.Metadata.GetMetadata<FrameAncestorsAttribute>()?.Sources ?? "'none'";
                headers.ContentSecurityPolicy = policy + ancestors;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "geolocation=(self), camera=(), microphone=(), payment=(), usb=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                // frame-ancestors decides; antiforgery's own X-Frame-Options would contradict a widget's exception.
                headers.Remove("X-Frame-Options");
                return Task.CompletedTask;
            });
            return next();
        });
    }

    /// <summary>Everything from this site only, map tiles from the configured tile server, and no plugins or base changes.</summary>
    public static string ContentSecurityPolicy(string? tileUrl)
    {
        // The tile server's origin; a Leaflet "{s}" subdomain becomes a wildcard (a, b, c.tile.example.org).
        var origin = tileUrl is null ? null : System.Text.RegularExpressions.Regex.Match(tileUrl, @"^https?://[^/?#]+").Value.Replace("{s}", "*");
        var tiles = string.IsNullOrEmpty(origin) ? "" : " " + origin;
        return $"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:{tiles}; connect-src 'self'; font-src 'self'; " +
            "object-src 'none'; base-uri 'self'; form-action 'self'; manifest-src 'self'; frame-ancestors ";
    }
}
