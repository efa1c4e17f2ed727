using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace SocialeKaart.Host.Setup;

public static class CompressionSetup
{
    /// <summary>
    /// Pages, API answers and the site's scripts and styles compressed with Brotli (gzip for the few clients that
    /// lack it): a results page shrinks to about a fifth, which is what a phone on a slow network waits for (ADR 22).
    /// HTTPS too: the only secrets in a page are antiforgery tokens, which Data Protection encrypts afresh for every
    /// response, so a BREACH-style guess has nothing stable to converge on.
    /// </summary>
    public static void AddCompression(this WebApplicationBuilder builder)
    {
        builder.Services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/problem+json", "image/svg+xml", "application/x-ndjson"]);
        });
        // Brotli's quality 4 ("optimal" in .NET), not its 11 ("smallest"): a page is compressed on every request, and
        // 4 costs well under a millisecond for a 90 KB page while 11 costs tens. Gzip keeps ASP.NET's "fastest".
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
    }
}
