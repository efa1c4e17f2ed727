namespace SocialeKaart.Modules.Directory.Fiches.Revisions;

/// <summary>Creates the fiche of an approved new-organisation proposal, with the proposal's id as causation id.</summary>
public static class RegisterProposedOrganisationHandler
{
    public static async Task<ProposedOrganisationRegistered> Handle(
        RegisterProposedOrganisation command, IDocumentSession session, IGeography geography, IMessageBus bus, TimeProvider clock, CancellationToken ct)
    {
        var errors = new InputErrors();
        var at = clock.GetUtcNow();
        var registered = RegisterOrganisationEndpoint.Decide(
            new RegisterOrganisation(command.Name, new AddressInput(command.Street, command.Number, command.Box, command.Postcode, command.Municipality), command.Phone),
            errors, geography, command.FicheId, command.ApprovedBy, at);
        var fiche = errors.Any ? null : FicheEvolution.Apply(null, registered);
        var contact = errors.CleanContact("contact", new ContactDetails(
            [new Phone(null, command.Phone)], command.Email is null ? [] : [new Email(null, command.Email)], command.Website, []));
        var content = errors.CleanContent("content", new FicheContent(command.Description, null, new TargetGroup([], null), null, null, []));
        if (errors.Any) return new ProposedOrganisationRegistered(command.FicheId, "Het voorstel is niet geldig.", errors.ByField);

        var reason = "Voorstel van nieuwe organisatie goedgekeurd";
        IFicheEvent[] events =
        [
            registered,
            new ContactDetailsChanged(command.FicheId, contact, reason, command.ApprovedBy, at),
            new ContentChanged(command.FicheId, content, reason, command.ApprovedBy, at),
            new FicheVerified(command.FicheId, reason, command.ApprovedBy, at),
        ];
        foreach (var e in events.Skip(1)) fiche = FicheEvolution.Apply(fiche, e);
        session.CausationId = command.ReviewId.ToString();
        session.Events.StartStream<Fiche>(command.FicheId, events.Cast<object>().ToArray());
        await bus.PublishAsync(fiche!.ToFicheChanged(events.Length, at));
        return new ProposedOrganisationRegistered(command.FicheId, null);
    }
}
