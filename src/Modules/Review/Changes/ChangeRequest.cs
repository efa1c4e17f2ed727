namespace SocialeKaart.Modules.Review.Changes;

/// <summary>
/// An owner (or a coordinator, from a suggestion) starts a draft of a fiche. <paramref name="Base"/> is the published fiche at
/// that moment: what the draft changes is measured against it, and what changed on the fiche since is a conflict.
/// </summary>
public sealed record ChangeRequestStarted(
    Guid RequestId, Guid FicheId, string FicheName, string Province, long BaseVersion, Fiche Base, Actor Author, string? AuthorEmail,
    Guid? FromSuggestion, DateTimeOffset At) : IReviewEvent
{
    public Guid ReviewId => RequestId;
}

/// <summary>The draft after an edit (the whole fiche as the author wants it; checked by the Directory's rules).</summary>
public sealed record DraftEdited(Guid RequestId, Fiche Draft, DateTimeOffset At) : IReviewEvent
{
    public Guid ReviewId => RequestId;
}

public sealed record ChangeRequestSubmitted(Guid RequestId, string? Note, DateTimeOffset At) : IReviewEvent
{
    public Guid ReviewId => RequestId;
}

public sealed record ChangeRequestWithdrawn(Guid RequestId, DateTimeOffset At) : IReviewEvent
{
    public Guid ReviewId => RequestId;
}

/// <param name="Approved">The fields (units, see FicheFields.UnitOf) taken over; <paramref name="Declined"/> the others.</param>
public sealed record ChangeRequestApproved(
    Guid RequestId, IReadOnlyList<string> Approved, IReadOnlyList<string> Declined, string? Note, long FicheVersion, Actor By, DateTimeOffset At) : IReviewEvent
{
    public Guid ReviewId => RequestId;
}

public sealed record ChangeRequestRejected(Guid RequestId, string Reason, Actor By, DateTimeOffset At) : IReviewEvent
{
    public Guid ReviewId => RequestId;
}

/// <summary>One change request's stream: draft → submitted (open) → approved (all or some fields) / rejected, or withdrawn.</summary>
public sealed class ChangeRequest
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public Guid FicheId { get; set; }
    public string FicheName { get; set; } = "";
    public long BaseVersion { get; set; }
    public Fiche Base { get; set; } = new();
    public Fiche Draft { get; set; } = new();
    public Actor Author { get; set; } = new("", "");
    public string? AuthorEmail { get; set; }
    public Guid? FromSuggestion { get; set; }
    public string? Note { get; set; }
    public ReviewStatus Status { get; set; } = ReviewStatus.Draft;
    /// <summary>The units the coordinator took over (after an approval; empty after a rejection; null before a decision).</summary>
    public IReadOnlyList<string>? Approved { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }

    public static ChangeRequest Create(ChangeRequestStarted e) => new()
    {
        Id = e.RequestId, FicheId = e.FicheId, FicheName = e.FicheName, BaseVersion = e.BaseVersion, Base = e.Base, Draft = e.Base,
        Author = e.Author, AuthorEmail = e.AuthorEmail, FromSuggestion = e.FromSuggestion, StartedAt = e.At,
    };

    public void Apply(DraftEdited e) => Draft = e.Draft;
    public void Apply(ChangeRequestSubmitted e) => (Status, Note, SubmittedAt) = (ReviewStatus.Open, e.Note, e.At);
    public void Apply(ChangeRequestWithdrawn _) => Status = ReviewStatus.Withdrawn;
    public void Apply(ChangeRequestApproved e) => (Status, Approved) = (e.Declined.Count == 0 ? ReviewStatus.Approved : ReviewStatus.PartiallyApproved, e.Approved);
    public void Apply(ChangeRequestRejected _) => (Status, Approved) = (ReviewStatus.Rejected, []);
}
