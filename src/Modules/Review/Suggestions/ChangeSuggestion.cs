using SocialeKaart.Modules.Contracts.Review;

namespace SocialeKaart.Modules.Review.Suggestions;

/// <summary>A suggestion was sent with the public form. Sender details are personal data (erasable, issue 6).</summary>
public sealed record ChangeSuggested(
    Guid SuggestionId, Guid FicheId, string FicheName, IReadOnlyList<SuggestionTopic> Topics, string Message,
    string SenderName, string? SenderEmail, string? SenderPhone, DateTimeOffset At);

public enum SuggestionStatus { Open, Converted, Dismissed }

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
    public SuggestionStatus Status { get; set; } = SuggestionStatus.Open;

    public static ChangeSuggestion Create(ChangeSuggested e) => new()
    {
        Id = e.SuggestionId, FicheId = e.FicheId, FicheName = e.FicheName, Topics = [.. e.Topics], Message = e.Message,
        SenderName = e.SenderName, SenderEmail = e.SenderEmail, SenderPhone = e.SenderPhone, SubmittedAt = e.At,
    };
}
