using SocialeKaart.Modules.Contracts.Review;

namespace SocialeKaart.Modules.Review.Suggestions;

/// <summary>A suggestion was sent with the public form. Sender details are personal data (erasable: PersonalDataErasure).</summary>
/// <param name="Province">The fiche's province, for coordinators' scopes (null on suggestions stored before it was recorded).</param>
public sealed record ChangeSuggested(
    Guid SuggestionId, Guid FicheId, string FicheName, IReadOnlyList<SuggestionTopic> Topics, string Message,
    string SenderName, string? SenderEmail, string? SenderPhone, DateTimeOffset At, string? Province = null) : IReviewEvent
{
    public Guid ReviewId => SuggestionId;
}

/// <summary>A coordinator turned the suggestion into a change request (reviewed like an owner's).</summary>
public sealed record SuggestionConverted(Guid SuggestionId, Guid ChangeRequestId, string? Note, Actor By, DateTimeOffset At) : IReviewEvent
{
    public Guid ReviewId => SuggestionId;
}

public sealed record SuggestionDismissed(Guid SuggestionId, string Reason, Actor By, DateTimeOffset At) : IReviewEvent
{
    public Guid ReviewId => SuggestionId;
}

/// <summary>One change suggestion's stream, as coordinators will triage it: open until turned into a change or dismissed.</summary>
public sealed class ChangeSuggestion
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public Guid FicheId { get; set; }
    public string FicheName { get; set; } = "";
    public List<SuggestionTopic> Topics { get; set; } = [];
    public string Message { get; set; } = "";
    public string SenderName { get; set; } = "";
    public string? SenderEmail { get; set; }
    public string? SenderPhone { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public ReviewStatus Status { get; set; } = ReviewStatus.Open;
    public Guid? ChangeRequestId { get; set; }

    public static ChangeSuggestion Create(ChangeSuggested e) => new()
    {
        Id = e.SuggestionId, FicheId = e.FicheId, FicheName = e.FicheName, Topics = [.. e.Topics], Message = e.Message,
        SenderName = e.SenderName, SenderEmail = e.SenderEmail, SenderPhone = e.SenderPhone, SubmittedAt = e.At,
    };

    public void Apply(SuggestionConverted e) => (Status, ChangeRequestId) = (ReviewStatus.Converted, e.ChangeRequestId);
    public void Apply(SuggestionDismissed _) => Status = ReviewStatus.Dismissed;
}
