namespace SocialeKaart.Modules.Workspace.Favourites;

/// <summary>A fiche a professional marked with the heart. The name is kept, so a fiche that is gone can still be named.</summary>
public sealed class Favourite
{
    public string Id { get; set; } = "";
    public Guid AccountId { get; set; }
    public Guid FicheId { get; set; }
    public string FicheName { get; set; } = "";
    public DateTimeOffset AddedAt { get; set; }

    public static string IdOf(Guid accountId, Guid ficheId) => $"{accountId:N}:{ficheId:N}";
}
