using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using SocialeKaart.Modules.Contracts.Accounts;

namespace SocialeKaart.Host.Boundary;

/// <summary>
/// A change through the API in a signed-in person's name must come from this site's own pages (ADR 24): a POST, PUT,
/// PATCH or DELETE authenticated by the session cookie is refused (403) unless the browser says it is same-origin
/// (<c>Sec-Fetch-Site: same-origin</c>, sent by every current browser) or, for older ones, its <c>Origin</c> is this
/// site. SameSite=Lax alone lets other hosts of the same registrable domain through, and bodyless routes (withdraw,
/// start, run, sign out) check no media type. Integrations use an API key and are not concerned; the pages' own
/// forms carry antiforgery tokens.
/// </summary>
public sealed class CrossSiteRefusal(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.Path.StartsWithSegments("/api") || HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)
            || HttpMethods.IsOptions(request.Method) || context.User.Identity is not { IsAuthenticated: true, AuthenticationType: var type }
            || type != AccountPrincipal.Scheme || SameOrigin(request))
            return next(context);
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return context.Response.WriteAsJsonAsync(new ProblemDetails
        {
            Status = StatusCodes.Status403Forbidden, Title = "Deze aanvraag komt niet van de Sociale Kaart zelf.",
            Detail = "Wijzigingen met je aanmelding kunnen enkel vanaf de pagina's van de Sociale Kaart. Een koppeling gebruikt een API-sleutel.",
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.4",
        }, (JsonSerializerOptions?)null, "application/problem+json");
    }

    private static bool SameOrigin(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0) return site == "same-origin";
        var origin = request.Headers.Origin.ToString();
        return origin.Length > 0 && Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
            && string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase);
    }
}
