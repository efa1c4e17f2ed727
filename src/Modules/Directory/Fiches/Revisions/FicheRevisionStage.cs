using SocialeKaart.Modules.Directory.Classification;
using Wolverine.Marten;

namespace SocialeKaart.Modules.Directory.Fiches.Revisions;

/// <summary>
/// Stages what a coordinator approved in Review in the request's own unit of work: the changed sections as the usual
/// section events, then FicheVerified, all with the review's id as causation id, and the FicheChanged message in the
/// outbox. Nothing is written here: the events commit with Review's decision in one transaction, or neither does (ADR 26).
/// The request's session is the caller's, already enrolled in that same outbox (Review's ReviewSession enrols it).
/// </summary>
public sealed class FicheRevisionStage(IDocumentSession session, IMartenOutbox outbox, FicheRevisionRules rules, IGeography geography, TimeProvider clock)
    : IFicheRevisionStage
{
    /// <summary>The fiche of an approved new-organisation proposal, with the proposal's id as causation id.</summary>
    public async Task<ProposedOrganisationRegistered> StageAsync(RegisterProposedOrganisation command, CancellationToken ct)
    {
        var errors = new InputErrors();
        var at = clock.GetUtcNow();
        var registered = RegisterOrganisationEndpoint.Decide(
            new RegisterOrganisation(command.Name, new AddressInput(command.Street, command.Number, command.Box, command.Postcode, command.Municipality), command.Phone),
            errors, geography, command.FicheId, command.ApprovedBy, at);
        var fiche = errors.Any ? null : FicheEvolution.Apply(null, registered);
        var contact = errors.CleanContact("contact", new ContactDetails(
            [new Phone(null, command.Phone)], command.Email is null ? [] : [new Email(null, command.Email)], command.Website, []));
        var content = errors.CleanContent("content", new FicheContent(command.Description, null, new TargetGroup(command.TargetGroups ?? [], null), null, null, []));
        List<string> rubrieken = command.Rubriek is { } code ? [code] : [];
        errors.CheckRubrieken("rubriek", rubrieken, await RubriekCatalog.Active(session, rubrieken, ct), 1);
        if (errors.Any) return new ProposedOrganisationRegistered(command.FicheId, "Het voorstel is niet geldig.", errors.ByField);

        var reason = "Voorstel van nieuwe organisatie goedgekeurd";
        List<IFicheEvent> events =
        [
            registered,
            new ContactDetailsChanged(command.FicheId, contact, reason, command.ApprovedBy, at),
            new ContentChanged(command.FicheId, content, reason, command.ApprovedBy, at),
        ];
        if (rubrieken.Count > 0) events.Add(new RubriekenAssigned(command.FicheId, rubrieken, reason, command.ApprovedBy, at));
        events.Add(new FicheVerified(command.FicheId, reason, command.ApprovedBy, at));
        foreach (var e in events.Skip(1)) fiche = FicheEvolution.Apply(fiche, e);
        session.CausationId = command.ReviewId.ToString();
        session.Events.StartStream<Fiche>(command.FicheId, events.Cast<object>().ToArray());
        await outbox.PublishAsync(fiche!.ToFicheChanged(events.Count, at));
        return new ProposedOrganisationRegistered(command.FicheId, null);
    }

    /// <summary>The approved part of a change request, as section events on the fiche, with the request's id as causation id.</summary>
    public async Task<RevisionApplied> StageAsync(ApplyRevision command, CancellationToken ct)
    {
        var fiche = await session.LoadAsync<Fiche>(command.FicheId, ct);
        if (fiche is null) return new RevisionApplied(command.FicheId, 0, "De fiche bestaat niet meer.");
        if (fiche.Version != command.ExpectedVersion)
            return new RevisionApplied(command.FicheId, fiche.Version, $"De fiche is intussen gewijzigd (versie {fiche.Version}, niet {command.ExpectedVersion}).");

        var errors = new InputErrors();
        var at = clock.GetUtcNow();
        var classification = await FicheRevisionRules.Classification.ForAsync(session, fiche, command.Proposed, ct);
        var events = rules.Decide(fiche, command.Proposed, errors, command.ApprovedBy, command.Reason, at, classification);
        if (errors.Any) return new RevisionApplied(command.FicheId, fiche.Version, "De wijziging is niet (meer) geldig.", errors.ByField);
        events.Add(new FicheVerified(fiche.Id, command.Reason, command.ApprovedBy, at));

        session.CausationId = command.ReviewId.ToString();
        var after = FicheFields.Clone(fiche);
        foreach (var e in events) after = FicheEvolution.Apply(after, e);
        var version = fiche.Version + events.Count;
        // The expected version makes a concurrent change to the fiche fail the whole commit, the review's decision too.
        session.Events.Append(fiche.Id, version, events.Cast<object>().ToArray());
        await outbox.PublishAsync(after.ToFicheChanged(version, at));
        return new RevisionApplied(fiche.Id, version, null);
    }
}
