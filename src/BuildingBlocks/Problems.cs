using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace SocialeKaart.BuildingBlocks;

public static class Problems
{
    public static ProblemDetails NotFound(string detail) => Of(StatusCodes.Status404NotFound, "Niet gevonden.", detail, "15.5.5");

    /// <summary>The request is valid but the resource's current state does not allow it (e.g. reopening an open fiche).</summary>
    public static ProblemDetails Conflict(string detail) => Of(StatusCodes.Status409Conflict, "Dit kan niet in de huidige toestand.", detail, "15.5.10");

    /// <summary>The client wrote against a version that is no longer current: it must reload and retry.</summary>
    public static ProblemDetails StaleVersion(long expected, long actual)
    {
        var problem = Of(StatusCodes.Status409Conflict, "De fiche is intussen gewijzigd.",
            $"Je wijziging is gebaseerd op versie {expected}, maar de huidige versie is {actual}. Laad de fiche opnieuw.", "15.5.10");
        problem.Extensions["currentVersion"] = actual;
        return problem;
    }

    /// <summary>Signed in, but this person may not do this to this item (not their fiche, not their province).</summary>
    public static ProblemDetails Forbidden(string detail) => Of(StatusCodes.Status403Forbidden, "Dit mag je niet doen.", detail, "15.5.4");

    public static ProblemDetails Unauthorized(string detail) => Of(StatusCodes.Status401Unauthorized, "Aanmelden mislukt.", detail, "15.5.2");

    /// <param name="section">The section of RFC 9110 that defines the status, for the problem's type.</param>
    private static ProblemDetails Of(int status, string title, string detail, string section) => new()
    {
        Status = status, Title = title, Detail = detail, Type = $"https://tools.ietf.org/html/rfc9110#section-{section}",
    };
}
