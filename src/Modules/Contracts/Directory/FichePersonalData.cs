namespace SocialeKaart.Modules.Contracts.Directory;

/// <summary>
/// What erasing a fiche's personal data means (its persons, the names of care providers), in one place: the Directory
/// applies it to the fiche and its events, Review to the copies of the fiche its change requests hold.
/// </summary>
public static class FichePersonalData
{
    public const string Erased = "(gewist)";

    public static HealthPractice Erase(HealthPractice practice) => new(practice.Disciplines
        .Select(d => d with { Providers = d.Providers.Select(_ => new CareProvider(Erased, null)).ToList() }).ToList());

    /// <summary>A copy of the fiche without persons and with care providers' names erased.</summary>
    public static Fiche Erase(Fiche fiche)
    {
        var copy = FicheFields.Clone(fiche);
        copy.Persons = [];
        copy.HealthPractice = copy.HealthPractice is null ? null : Erase(copy.HealthPractice);
        return copy;
    }
}

/// <summary>The Directory erased a fiche's personal data; other modules erase their copies of it.</summary>
public sealed record FichePersonalDataErased(Guid FicheId, DateTimeOffset At);
