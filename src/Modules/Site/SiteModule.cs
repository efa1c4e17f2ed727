using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace SocialeKaart.Modules.Site;

/// <summary>The public website: server-rendered pages in Dutch that work without JavaScript (ADR 16).</summary>
public static class SiteModule
{
    /// <summary>The site's own static files, embedded in this assembly (assets/ in the project).</summary>
    public static readonly IFileProvider AssetFiles = new ManifestEmbeddedFileProvider(typeof(SiteModule).Assembly, "assets");

    /// <summary>Leaflet's distribution files from npm, embedded too, served under /assets/vendor/leaflet.</summary>
    public static readonly IFileProvider LeafletFiles = new ManifestEmbeddedFileProvider(typeof(SiteModule).Assembly, "node_modules/leaflet/dist");

    public static IServiceCollection AddSiteModule(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
        {
            // This module's pages are public. Pages of other modules (the back office) are not covered by this, and
            // say themselves who may see them; without that, the host's fallback policy requires a signed-in user.
            options.Conventions.Add(new PublicPagesOfThisModule());
        }).AddApplicationPart(typeof(SiteModule).Assembly);
        // Dutch letters as themselves (ë, é, ï, –), not as &#xEB; entities: the default encoder escapes everything outside
        // Basic Latin, which makes every page heavier and its source unreadable. <, >, &, quotes stay escaped.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddSingleton<SuggestionRateLimiter>();
        services.AddMemoryCache();
        return services;
    }

    public static WebApplication UseSiteAssets(this WebApplication app)
    {
        // Files are referenced with ?v=<content hash>, so they may be cached for a year.
        static void Immutable(StaticFileResponseContext context) =>
            context.Context.Response.Headers[HeaderNames.CacheControl] = "public, max-age=31536000, immutable";
        app.UseStaticFiles(new StaticFileOptions { FileProvider = LeafletFiles, RequestPath = "/assets/vendor/leaflet", OnPrepareResponse = Immutable });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = AssetFiles, RequestPath = "/assets", OnPrepareResponse = Immutable });
        return app;
    }

    public static WebApplication MapSite(this WebApplication app)
    {
        app.MapRazorPages();
        // Browsers and bookmarks ask /favicon.ico whatever the page links; an address without a hash, so a day's cache.
        app.MapGet("/favicon.ico", (HttpContext context) =>
        {
            context.Response.Headers[HeaderNames.CacheControl] = "public, max-age=86400";
            return Results.Stream(AssetFiles.GetFileInfo("img/favicon.ico").CreateReadStream(), "image/x-icon");
        }).AllowAnonymous().ExcludeFromDescription();
        app.MapSitemap();
        // Any other address that is not part of the API gets the Dutch "not found" page.
        app.MapFallbackToPage("{*path:regex(^(?!api/|health/|openapi/|assets/|sitemap\\.xml$|robots\\.txt$).*$)}", "/NietGevonden");
        return app;
    }

    private sealed class PublicPagesOfThisModule : Microsoft.AspNetCore.Mvc.ApplicationModels.IPageApplicationModelConvention
    {
        public void Apply(Microsoft.AspNetCore.Mvc.ApplicationModels.PageApplicationModel model)
        {
            if (model.PageType.Assembly == typeof(SiteModule).Assembly)
                model.EndpointMetadata.Add(new Microsoft.AspNetCore.Authorization.AllowAnonymousAttribute());
        }
    }
}
