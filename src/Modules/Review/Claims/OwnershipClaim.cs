namespace SocialeKaart.Modules.Review.Claims;

/// <param name="OwnersAlready">How many owners the fiche had when this claim came in; shown to the coordinator.</param>
public sealed record ClaimSubmitted(
    Guid ClaimId, Guid FicheId, string FicheName, string Province, Guid AccountId, string ClaimantName, string ClaimantEmail,
    string Motivation, int OwnersAlready, DateTimeOffset At) : IReviewEvent
{
    public Guid ReviewId => ClaimId;
}

public sealed record ClaimApproved(Guid ClaimId, string? Note, Actor By, DateTimeOffset At) : IReviewEvent
{
    public Guid ReviewId => ClaimId;
}

public sealed record ClaimRejected(Guid ClaimId, string Reason, Actor By, DateTimeOffset At) : IReviewEvent
{
    public Guid ReviewId => ClaimId;
}

public sealed record ClaimWithdrawn(Guid ClaimId, DateTimeOffset At) : IReviewEvent
{
    public Guid ReviewId => ClaimId;
}

/// <summary>Ownership granted by an approved claim (or proposal) is taken away again.</summary>
public sealed record OwnershipRevoked(Guid ClaimId, string Reason, Actor By, DateTimeOffset At) : IReviewEvent
{
    public Guid ReviewId => ClaimId;
}

/// <summary>
/// One claim's stream: a professional asks to become an owner of a fiche. While Approved, the claimant owns the fiche
/// (several owners per fiche are allowed); Revoked ends that.
/// </summary>
public sealed class OwnershipClaim
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public Guid FicheId { get; set; }
    public string FicheName { get; set; } = "";
    public Guid AccountId { get; set; }
    public string ClaimantName { get; set; } = "";
    public string ClaimantEmail { get; set; } = "";
    public string Motivation { get; set; } = "";
    public int OwnersAlready { get; set; }
    public ReviewStatus Status { get; set; } = ReviewStatus.Open;

    public static OwnershipClaim Create(ClaimSubmitted e) => new()
    {
        Id = e.ClaimId, FicheId = e.FicheId, FicheName = e.FicheName, AccountId = e.AccountId, ClaimantName = e.ClaimantName,
        ClaimantEmail = e.ClaimantEmail, Motivation = e.Motivation, OwnersAlready = e.OwnersAlready,
    };

    public void Apply(ClaimApproved _) => Status = ReviewStatus.Approved;
    public void Apply(ClaimRejected _) => Status = ReviewStatus.Rejected;
    public void Apply(ClaimWithdrawn _) => Status = ReviewStatus.Withdrawn;
    public void Apply(OwnershipRevoked _) => Status = ReviewStatus.Revoked;
}
