using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace SocialeKaart.BuildingBlocks;

public static class Problems
{
    public static ProblemDetails NotFound(string detail) => new()
    {
        Status = StatusCodes.Status404NotFound,
        Title = "Niet gevonden.",
        Detail = detail,
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.5",
    };

    /// <summary>The request is valid but the resource's current state does not allow it (e.g. reopening an open fiche).</summary>
    public static ProblemDetails Conflict(string detail) => new()
    {
        Status = StatusCodes.Status409Conflict,
        Title = "Dit kan niet in de huidige toestand.",
        Detail = detail,
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.10",
    };

    /// <summary>The client wrote against a version that is no longer current: it must reload and retry.</summary>
    public static ProblemDetails StaleVersion(long expected, long actual) => new()
    {
        Status = StatusCodes.Status409Conflict,
        Title = "De fiche is intussen gewijzigd.",
        Detail = $"Je wijziging is gebaseerd op versie {expected}, maar de huidige versie is {actual}. Laad de fiche opnieuw.",
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.10",
        Extensions = { ["currentVersion"] = actual },
    };

    /// <summary>Signed in, but this person may not do this to this item (not their fiche, not their province).</summary>
    public static ProblemDetails Forbidden(string detail) => new()
    {
        Status = StatusCodes.Status403Forbidden,
        Title = "Dit mag je niet doen.",
        Detail = detail,
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.4",
    };

    public static ProblemDetails Unauthorized(string detail) => new()
    {
        Status = StatusCodes.Status401Unauthorized,
        Title = "Aanmelden mislukt.",
        Detail = detail,
        Type = "https://tools.ietf.org/html/rfc9110#section-15.5.2",
    };
}
