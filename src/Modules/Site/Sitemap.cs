using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SocialeKaart.Modules.Contracts.Directory;

namespace SocialeKaart.Modules.Site;

/// <summary>
/// /sitemap.xml (every organisation page plus the fixed pages, for search engines) and /robots.txt pointing at it.
/// One sitemap holds at most 50,000 addresses; the directory has about 33,500 organisations.
/// </summary>
public static class Sitemap
{
    public const int MaxUrls = 50_000;

    public static void MapSitemap(this WebApplication app)
    {
        app.MapGet("/sitemap.xml", WriteAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/robots.txt", (HttpContext context) =>
            Results.Text($"User-agent: *\nAllow: /\nDisallow: /api/\nSitemap: {context.Request.Scheme}://{context.Request.Host}/sitemap.xml\n", "text/plain; charset=utf-8"))
            .AllowAnonymous().ExcludeFromDescription();
    }

    private static async Task WriteAsync(HttpContext context, IFicheDetails fiches, CancellationToken ct)
    {
        var origin = $"{context.Request.Scheme}://{context.Request.Host}";
        context.Response.ContentType = "application/xml; charset=utf-8";
        await using var writer = XmlWriter.Create(context.Response.Body, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false) });
        await writer.WriteStartDocumentAsync();
        writer.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
        foreach (var page in new[] { "/", "/uitgebreid-zoeken", "/rubrieken", "/over", "/contact" }) Url(writer, origin + page, null);
        var count = 5;
        await foreach (var (id, name, changed) in fiches.AllPublishedAsync(ct))
        {
            if (++count > MaxUrls) break;
            Url(writer, origin + Slug.FichePath(id, name), changed);
        }
        await writer.WriteEndElementAsync();
        await writer.WriteEndDocumentAsync();
        await writer.FlushAsync();
    }

    private static void Url(XmlWriter writer, string location, DateTimeOffset? changed)
    {
        writer.WriteStartElement("url");
        writer.WriteElementString("loc", location);
        if (changed is { } at) writer.WriteElementString("lastmod", at.UtcDateTime.ToString("yyyy-MM-dd"));
        writer.WriteEndElement();
    }
}
