using Microsoft.AspNetCore.Mvc;
using SocialeKaart.Modules.Contracts.Geography;

namespace SocialeKaart.Modules.Review.Decisions;

/// <summary>The rules every decision follows, whatever the kind of item: scope, four eyes, and only once.</summary>
public static class ReviewRules
{
    public const int NoteMax = 2000;

    /// <summary>Null when this reviewer may decide on this item now; otherwise why not (nothing is written).</summary>
    public static ProblemDetails? CanDecide(ReviewItem? item, ClaimsPrincipal reviewer)
    {
        if (item is null || item.Status == ReviewStatus.Draft) return Problems.NotFound("Dit item staat niet in de wachtrij.");
        if (!InScope(item, reviewer)) return Problems.Forbidden("Dit item hoort bij een provincie die jij niet behandelt.");
        if (item.SubmittedBy is not null && item.SubmittedBy == reviewer.ToActor().Id)
            return Problems.Conflict("Over je eigen aanvraag beslist een andere coördinator.");
        if (item.Status == ReviewStatus.Withdrawn) return Problems.Conflict("De indiener heeft dit ingetrokken; er valt niets meer te beslissen.");
        if (item.Status != ReviewStatus.Open) return Problems.Conflict($"Hierover is al beslist ({item.Status}).");
        return null;
    }

    /// <summary>Administrators and unscoped coordinators see every province; a scoped coordinator only theirs.</summary>
    public static bool InScope(ReviewItem item, ClaimsPrincipal reviewer)
    {
        if (reviewer.IsInRole(Roles.Administrator)) return true;
        var provinces = reviewer.Provinces();
        return provinces.Count == 0 || provinces.Contains(item.Province);
    }

    /// <summary>The coordination area (province, or the Brussels region) of the fiche's first address.</summary>
    public static string ProvinceOf(Fiche fiche, IGeography geography) =>
        fiche.Locations.FirstOrDefault() is { } location ? geography.AreaOf(location.Address.MunicipalityNis) : "";
}
