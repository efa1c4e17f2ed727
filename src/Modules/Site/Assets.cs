using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace SocialeKaart.Modules.Site;

/// <summary>URLs of the site's own static files with a content hash (?v=...), so browsers may cache them for a year.</summary>
public static class Assets
{
    private static readonly ConcurrentDictionary<string, string> Urls = new(StringComparer.Ordinal);

    public static string Url(string path) => Urls.GetOrAdd(path, p =>
    {
        const string leaflet = "vendor/leaflet/";
        var file = p.StartsWith(leaflet, StringComparison.Ordinal) ? SiteModule.LeafletFiles.GetFileInfo(p[leaflet.Length..]) : SiteModule.AssetFiles.GetFileInfo(p);
        if (!file.Exists) throw new InvalidOperationException($"The site has no asset {p}.");
        using var stream = file.CreateReadStream();
        var version = Convert.ToHexString(SHA256.HashData(stream))[..12].ToLowerInvariant();
        return $"/assets/{p}?v={version}";
    });
}
