namespace SocialeKaart.Modules.Review.Proposals;

/// <summary>
/// The basic data of an organisation that is not on the map yet, with the rubriek it fits best and whom it is for (so
/// the new fiche is found from the start). Rubriek and target groups came later: older proposals have neither.
/// </summary>
public sealed record ProposedOrganisation(
    string? Name, string? Street, string? Number, string? Box, string? Postcode, string? Municipality,
    string? Phone, string? Email, string? Website, string? Description, string? Motivation,
    string? Rubriek = null, IReadOnlyList<string>? TargetGroups = null);

public sealed record OrganisationProposed(
    Guid ProposalId, Guid AccountId, string ProposerName, string ProposerEmail, string Province, ProposedOrganisation Organisation, DateTimeOffset At)
    : IReviewEvent
{
    public Guid ReviewId => ProposalId;
}

public sealed record ProposalApproved(Guid ProposalId, Guid FicheId, Guid OwnershipClaimId, string? Note, Actor By, DateTimeOffset At) : IReviewEvent
{
    public Guid ReviewId => ProposalId;
}

public sealed record ProposalRejected(Guid ProposalId, string Reason, Actor By, DateTimeOffset At) : IReviewEvent
{
    public Guid ReviewId => ProposalId;
}

/// <summary>One proposal's stream: a professional proposes a new fiche; approved, it becomes a fiche they own.</summary>
public sealed class Proposal
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public Guid AccountId { get; set; }
    public string ProposerName { get; set; } = "";
    public string ProposerEmail { get; set; } = "";
    public string Province { get; set; } = "";
    public ProposedOrganisation Organisation { get; set; } = new(null, null, null, null, null, null, null, null, null, null, null);
    public Guid? FicheId { get; set; }
    public ReviewStatus Status { get; set; } = ReviewStatus.Open;

    public static Proposal Create(OrganisationProposed e) => new()
    {
        Id = e.ProposalId, AccountId = e.AccountId, ProposerName = e.ProposerName, ProposerEmail = e.ProposerEmail, Province = e.Province, Organisation = e.Organisation,
    };

    public void Apply(ProposalApproved e) => (Status, FicheId) = (ReviewStatus.Approved, e.FicheId);
    public void Apply(ProposalRejected _) => Status = ReviewStatus.Rejected;
}
