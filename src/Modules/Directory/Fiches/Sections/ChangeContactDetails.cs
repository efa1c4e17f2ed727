using System.Security.Claims;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SocialeKaart.BuildingBlocks;
using SocialeKaart.Modules.Contracts.Security;
using SocialeKaart.Modules.Directory.Validation;
using Wolverine;
using Wolverine.Http;
using Wolverine.Marten;

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
