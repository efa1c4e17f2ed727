namespace SocialeKaart.Modules.Directory.Fiches.Revisions;

/// <summary>
/// Applies what a coordinator approved in Review: the changed sections as the usual section events, then FicheVerified,
/// all with the review's id as causation id, so the history says through which review each change came.
/// </summary>
public static class ApplyRevisionHandler
{
    public static async Task<RevisionApplied> Handle(ApplyRevision command, IDocumentSession session, FicheRevisionRules rules, IMessageBus bus, TimeProvider clock, CancellationToken ct)
    {
        var fiche = await session.LoadAsync<Fiche>(command.FicheId, ct);
        if (fiche is null) return new RevisionApplied(command.FicheId, 0, "De fiche bestaat niet meer.");
        if (fiche.Version != command.ExpectedVersion)
            return new RevisionApplied(command.FicheId, fiche.Version, $"De fiche is intussen gewijzigd (versie {fiche.Version}, niet {command.ExpectedVersion}).");

        var errors = new InputErrors();
        var at = clock.GetUtcNow();
        var events = rules.Decide(fiche, command.Proposed, errors, command.ApprovedBy, command.Reason, at);
        if (errors.Any) return new RevisionApplied(command.FicheId, fiche.Version, "De wijziging is niet (meer) geldig.", errors.ByField);
        events.Add(new FicheVerified(fiche.Id, command.Reason, command.ApprovedBy, at));

        session.CausationId = command.ReviewId.ToString();
        var after = FicheFields.Clone(fiche);
        foreach (var e in events) after = FicheEvolution.Apply(after, e);
        var version = fiche.Version + events.Count;
        session.Events.Append(fiche.Id, version, events.Cast<object>().ToArray());
        await bus.PublishAsync(after.ToFicheChanged(version, at));
        return new RevisionApplied(fiche.Id, version, null);
    }
}
