namespace SocialeKaart.Modules.Review.Decisions;

/// <summary>The Directory erased a fiche's persons: erase them from the copies of the fiche in its change requests too.</summary>
public static class FichePersonalDataErasedHandler
{
    public static Task Handle(FichePersonalDataErased message, ReviewPersonalData erasure, CancellationToken ct) =>
        erasure.EraseFicheCopiesAsync(message.FicheId, ct);
}
