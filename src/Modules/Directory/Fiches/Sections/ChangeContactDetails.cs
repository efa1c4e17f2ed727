namespace SocialeKaart.Modules.Directory.Fiches.Sections;

public sealed record ChangeContactDetails(ContactDetails? Contact, string? Reason, [property: JsonPropertyName("version")] long? ExpectedVersion) : IFicheCommand;

public static class ChangeContactDetailsEndpoint
{
    public static ProblemDetails Validate(ChangeContactDetails command, Fiche? fiche) =>
        FicheCommands.Check(command, fiche, errors => errors.CleanContact("contact", command.Contact));

    [WolverinePut("/api/fiches/{ficheId}/contact", Name = "ChangeContactDetails")]
    [Authorize(Policy = AccessPolicies.BackOffice)]
    public static (FicheVersion, Events, OutgoingMessages) Put(
        ChangeContactDetails command, [WriteAggregate(Required = false)] Fiche fiche, ClaimsPrincipal user, TimeProvider clock)
    {
        var contact = new InputErrors().CleanContact("contact", command.Contact);
        return FicheCommands.Outcome(fiche, new ContactDetailsChanged(fiche.Id, contact, SectionRules.Trim(command.Reason), user.ToActor(), clock.GetUtcNow()));
    }
}
