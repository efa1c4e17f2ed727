namespace SocialeKaart.Modules.Directory.Fiches.Sections;

public sealed record PersonInput(Guid? Id, string? Name, string? Function, string? Phone, string? Email);

public sealed record ChangePersons(IReadOnlyList<PersonInput>? Persons, string? Reason, [property: JsonPropertyName("version")] long? ExpectedVersion) : IFicheCommand;

public static class ChangePersonsEndpoint
{
    public const int MaxPersons = 100;

    public static ProblemDetails Validate(ChangePersons command, Fiche? fiche) =>
        FicheCommands.Check(command, fiche, errors => Clean(command, errors));

    [WolverinePut("/api/fiches/{ficheId}/persons", Name = "ChangePersons")]
    [Authorize(Policy = AccessPolicies.BackOffice)]
    public static (FicheVersion, Events, OutgoingMessages) Put(
        ChangePersons command, [WriteAggregate(Required = false)] Fiche fiche, ClaimsPrincipal user, TimeProvider clock) =>
        FicheCommands.Outcome(fiche, new PersonsChanged(
            fiche.Id, Clean(command, new InputErrors()), SectionRules.Trim(command.Reason), user.ToActor(), clock.GetUtcNow()));

    public static List<Person> Clean(ChangePersons command, InputErrors errors)
    {
        errors.Check(command.Persons is not null, "persons", "Dit veld is verplicht (een lege lijst mag).");
        errors.Each("persons", command.Persons, MaxPersons, (p, path) =>
        {
            errors.Required($"{path}.name", p.Name, SectionRules.NameMax).Optional($"{path}.function", p.Function, SectionRules.ShortTextMax);
            if (!string.IsNullOrWhiteSpace(p.Phone)) errors.CheckPhone($"{path}.phone", p.Phone);
            if (!string.IsNullOrWhiteSpace(p.Email)) errors.CheckEmail($"{path}.email", p.Email);
        });
        return (command.Persons ?? []).Where(p => p is not null).Select(p => new Person(
            p.Id ?? Guid.CreateVersion7(), SectionRules.Trim(p.Name)!, SectionRules.Trim(p.Function),
            SectionRules.Trim(p.Phone), SectionRules.Trim(p.Email))).ToList();
    }
}
