using Wolverine.Persistence;

namespace SocialeKaart.Modules.Directory.Fiches;

public static class GetFicheEndpoint
{
    // Fiches are public information: anyone may read them.
    [WolverineGet("/api/fiches/{id}", Name = "GetFiche")]
    [AllowAnonymous]
    public static Fiche Get([Entity(MissingMessage = "Er bestaat geen fiche met dit id.")] Fiche fiche) => fiche;
}
