using SocialeKaart.Modules.Contracts.Geography;
using System.Net.Mail;
using SocialeKaart.Modules.Review.Claims;
using SocialeKaart.Modules.Review.Decisions;

namespace SocialeKaart.Modules.Review.Proposals;

/// <summary>New organisations: a professional proposes one; approval creates the fiche (Directory) and makes them its owner.</summary>
public sealed class ProposalService(ReviewSession review, IFicheRevisionStage stage, IRubriekTree rubrieken)
{
    public async Task<ReviewOutcome<Proposal>> SubmitAsync(ProposedOrganisation form, ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.AccountId() is not { } accountId) return Problems.Forbidden("Meld je aan met je account om een organisatie voor te stellen.");
        var errors = new InputErrors()
            .Required("name", form.Name, 200).Required("street", form.Street, 150).Required("number", form.Number, 10).Optional("box", form.Box, 10)
            .Required("postcode", form.Postcode, 4).Required("municipality", form.Municipality, 100).Required("phone", form.Phone, 30)
            .Optional("email", form.Email, 200).Optional("website", form.Website, 300).Optional("description", form.Description, 4000)
            .Required("motivation", form.Motivation, 2000);
        if (!string.IsNullOrWhiteSpace(form.Email) && !MailAddress.TryCreate(form.Email.Trim(), out _)) errors.Add("email", "Dit is geen geldig e-mailadres.");
        var municipality = string.IsNullOrWhiteSpace(form.Postcode) ? null : review.Geography.MunicipalityOfPostcode(form.Postcode.Trim());
        if (!string.IsNullOrWhiteSpace(form.Postcode) && municipality is null) errors.Add("postcode", "Deze postcode bestaat niet in Vlaanderen of Brussel.");
        if (string.IsNullOrWhiteSpace(form.Rubriek)) errors.Add("rubriek", "Kies de rubriek die het best past; de redactie kan ze nog aanpassen.");
        else if (!ActiveCodes(await rubrieken.ActiveTreeAsync(ct)).Contains(form.Rubriek.Trim()))
            errors.Add("rubriek", $"Rubriek '{form.Rubriek.Trim()}' bestaat niet of is afgeschaft.");
        errors.Each("targetGroups", form.TargetGroups, 20, (tag, path) =>
            errors.Check(Vocabularies.TargetGroups.ContainsKey(tag ?? ""), path, "Kies een doelgroep uit de lijst."));
        if (errors.Any) return errors.ToProblem();

        var id = Guid.CreateVersion7();
        var proposed = new OrganisationProposed(id, accountId, user.FindFirstValue(ClaimTypes.Name) ?? "", user.FindFirstValue(ClaimTypes.Email) ?? "",
            review.Geography.AreaOf(municipality!.NisCode), Trimmed(form), review.Now);
        review.Session.Events.StartStream<Proposal>(id, proposed);
        return await review.SaveAsync(ct) is { } problem ? problem : ReviewOutcome<Proposal>.Ok(Proposal.Create(proposed));
    }

    public async Task<ReviewOutcome<Proposal>> ApproveAsync(Guid id, Decision decision, ClaimsPrincipal reviewer, CancellationToken ct)
    {
        var (stream, refused) = await review.OpenForDecisionAsync<Proposal>(id, ReviewKind.Proposal, decision, reasonRequired: false, reviewer, ct);
        if (refused is not null) return refused;
        var proposal = stream!.Aggregate!;
        var o = proposal.Organisation;

        var ficheId = Guid.CreateVersion7();
        // Staged in this session: the new fiche commits with the decision, in one transaction (ADR 26).
        var created = await stage.StageAsync(new RegisterProposedOrganisation(
            ficheId, id, o.Name!, o.Street!, o.Number!, o.Box, o.Postcode!, o.Municipality!, o.Phone!, o.Email, o.Website, o.Description, reviewer.ToActor(),
            o.Rubriek, o.TargetGroups), ct);
        if (created.Problem is not null)
        {
            var problem = InputErrors.From(created.Errors ?? new Dictionary<string, string[]>()).ToProblem();
            problem.Detail = $"{created.Problem} Wijs het voorstel af met de reden, of vraag de indiener een nieuw voorstel.";
            return problem;
        }

        // The proposer owns the new fiche: an ownership claim, approved by the same decision.
        var claimId = Guid.CreateVersion7();
        var note = decision.Text;
        review.Session.Events.StartStream<OwnershipClaim>(claimId,
            new ClaimSubmitted(claimId, ficheId, o.Name!, proposal.Province, proposal.AccountId, proposal.ProposerName, proposal.ProposerEmail,
                "Voorgestelde nieuwe organisatie", 0, review.Now),
            new ClaimApproved(claimId, "Goedgekeurd met het voorstel van de nieuwe organisatie", reviewer.ToActor(), review.Now));
        stream.AppendOne(new ProposalApproved(id, ficheId, claimId, note, reviewer.ToActor(), review.Now));
        await review.Outbox.PublishAsync(Notifications.ProposalApproved(proposal.ProposerEmail, proposal.ProposerName, o.Name!));
        proposal.FicheId = ficheId;
        return await review.SaveAsync(ct) is { } lost ? lost : ReviewOutcome<Proposal>.Ok(proposal);
    }

    public async Task<ReviewOutcome<Proposal>> RejectAsync(Guid id, Decision decision, ClaimsPrincipal reviewer, CancellationToken ct)
    {
        var (stream, refused) = await review.OpenForDecisionAsync<Proposal>(id, ReviewKind.Proposal, decision, reasonRequired: true, reviewer, ct);
        if (refused is not null) return refused;
        var proposal = stream!.Aggregate!;
        var reason = decision.Text!;
        stream.AppendOne(new ProposalRejected(id, reason, reviewer.ToActor(), review.Now));
        await review.Outbox.PublishAsync(Notifications.ProposalRejected(proposal.ProposerEmail, proposal.ProposerName, proposal.Organisation.Name ?? "", reason));
        return await review.SaveAsync(ct) is { } lost ? lost : ReviewOutcome<Proposal>.Ok(proposal);
    }


    private static ProposedOrganisation Trimmed(ProposedOrganisation f)
    {
        static string? T(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
        return new ProposedOrganisation(T(f.Name), T(f.Street), T(f.Number), T(f.Box), T(f.Postcode), T(f.Municipality), T(f.Phone), T(f.Email),
            T(f.Website), T(f.Description), T(f.Motivation), T(f.Rubriek), f.TargetGroups?.Distinct().ToList());
    }

    private static HashSet<string> ActiveCodes(IEnumerable<RubriekBranch> domains) =>
        domains.SelectMany(d => d.Below().Select(b => b.Rubriek.Code).Prepend(d.Code)).ToHashSet(StringComparer.Ordinal);
}
