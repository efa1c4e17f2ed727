using SocialeKaart.Modules.Review.Changes;
using SocialeKaart.Modules.Review.Claims;
using SocialeKaart.Modules.Review.Proposals;
using SocialeKaart.Modules.Review.Suggestions;

namespace SocialeKaart.Modules.Review.Queue;

public enum ReviewKind { Claim, ChangeRequest, Suggestion, Proposal }

/// <summary>Where an item stands. Only Open items wait for a coordinator; Draft is an owner's unsent change request.</summary>
public enum ReviewStatus { Draft, Open, Approved, PartiallyApproved, Rejected, Withdrawn, Converted, Dismissed, Revoked }

/// <summary>Every event of a review stream (claim, change request, suggestion, proposal) names the review it belongs to.</summary>
public interface IReviewEvent
{
    [JsonIgnore] Guid ReviewId { get; }
}

/// <summary>
/// One line of the coordinators' queue, for every kind of review: projected from the review streams (ReviewQueueProjection),
/// so it can always be rebuilt from the events.
/// </summary>
public sealed class ReviewItem
{
    public Guid Id { get; set; }
    public ReviewKind Kind { get; set; }
    public ReviewStatus Status { get; set; }
    public Guid? FicheId { get; set; }
    public string Title { get; set; } = "";
    /// <summary>Coordination area of the fiche's first address (province NIS code, or 4000 for Brussels), for coordinators' scopes.</summary>
    public string Province { get; set; } = "";
    /// <summary>Actor id of who sent it in; nobody decides on their own item.</summary>
    public string? SubmittedBy { get; set; }
    public string SubmitterName { get; set; } = "";
    public DateTimeOffset? SubmittedAt { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public Actor? DecidedBy { get; set; }
    public string? DecisionNote { get; set; }

    public static ReviewItem Create(ClaimSubmitted e) => new()
    {
        Id = e.ClaimId, Kind = ReviewKind.Claim, Status = ReviewStatus.Open, FicheId = e.FicheId, Title = e.FicheName, Province = e.Province,
        SubmittedBy = AccountPrincipal.ActorId(e.AccountId), SubmitterName = e.ClaimantName, SubmittedAt = e.At,
    };

    public static ReviewItem Create(ChangeRequestStarted e) => new()
    {
        Id = e.RequestId, Kind = ReviewKind.ChangeRequest, Status = ReviewStatus.Draft, FicheId = e.FicheId, Title = e.FicheName,
        Province = e.Province, SubmittedBy = e.Author.Id, SubmitterName = e.Author.Name,
    };

    public static ReviewItem Create(ChangeSuggested e) => new()
    {
        Id = e.SuggestionId, Kind = ReviewKind.Suggestion, Status = ReviewStatus.Open, FicheId = e.FicheId, Title = e.FicheName,
        Province = e.Province ?? "", SubmitterName = e.SenderName, SubmittedAt = e.At,
    };

    public static ReviewItem Create(OrganisationProposed e) => new()
    {
        Id = e.ProposalId, Kind = ReviewKind.Proposal, Status = ReviewStatus.Open, Title = e.Organisation.Name ?? "", Province = e.Province,
        SubmittedBy = AccountPrincipal.ActorId(e.AccountId), SubmitterName = e.ProposerName, SubmittedAt = e.At,
    };

    public void Apply(ClaimApproved e) => Decide(ReviewStatus.Approved, e.Note, e.By, e.At);
    public void Apply(ClaimRejected e) => Decide(ReviewStatus.Rejected, e.Reason, e.By, e.At);
    public void Apply(ClaimWithdrawn e) => Decide(ReviewStatus.Withdrawn, null, null, e.At);
    public void Apply(OwnershipRevoked e) => Decide(ReviewStatus.Revoked, e.Reason, e.By, e.At);
    public void Apply(ChangeRequestSubmitted e) => (Status, SubmittedAt) = (ReviewStatus.Open, e.At);
    public void Apply(ChangeRequestWithdrawn e) => Decide(ReviewStatus.Withdrawn, null, null, e.At);
    public void Apply(ChangeRequestApproved e) => Decide(e.Declined.Count == 0 ? ReviewStatus.Approved : ReviewStatus.PartiallyApproved, e.Note, e.By, e.At);
    public void Apply(ChangeRequestRejected e) => Decide(ReviewStatus.Rejected, e.Reason, e.By, e.At);
    public void Apply(SuggestionConverted e) => Decide(ReviewStatus.Converted, e.Note, e.By, e.At);
    public void Apply(SuggestionDismissed e) => Decide(ReviewStatus.Dismissed, e.Reason, e.By, e.At);
    public void Apply(ProposalApproved e)
    {
        FicheId = e.FicheId;
        Decide(ReviewStatus.Approved, e.Note, e.By, e.At);
    }
    public void Apply(ProposalRejected e) => Decide(ReviewStatus.Rejected, e.Reason, e.By, e.At);

    private void Decide(ReviewStatus status, string? note, Actor? by, DateTimeOffset at) =>
        (Status, DecisionNote, DecidedBy, DecidedAt) = (status, note, by, at);
}
