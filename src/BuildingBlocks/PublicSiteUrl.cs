using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace SocialeKaart.BuildingBlocks;

/// <summary>
/// The site's own address for links in e-mails. Taken from Site:PublicUrl when set (production must set it: a link
/// built from the request's Host header could be pointed elsewhere by whoever sends the request); otherwise the
/// request's own origin, which is right on a developer's machine and in tests.
/// </summary>
public static class PublicSiteUrl
{
    public static string Of(HttpRequest request, IConfiguration configuration) =>
        configuration["Site:PublicUrl"] is { Length: > 0 } configured
            ? configured.TrimEnd('/')
            : $"{request.Scheme}://{request.Host}";
}
