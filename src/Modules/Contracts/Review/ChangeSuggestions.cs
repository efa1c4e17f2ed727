namespace SocialeKaart.Modules.Contracts.Review;

/// <summary>What a visitor can say is wrong on a fiche (the checkboxes of the form).</summary>
public enum SuggestionTopic { Address, Phone, Email, Website, OpeningHours, Closed, Other }

/// <summary>A change suggestion as the public form sends it. At least one way to reach the sender is needed.</summary>
public sealed record ChangeSuggestionForm(
    Guid FicheId, IReadOnlyList<SuggestionTopic> Topics, string? Message, string? SenderName, string? SenderEmail, string? SenderPhone);

/// <summary>The stored suggestion's id, or the reasons it was refused (Dutch, by form field).</summary>
public sealed record SuggestionOutcome(Guid? SuggestionId, IReadOnlyDictionary<string, string[]> Errors);

/// <summary>The Review module's contract for the public "suggest a change" form; coordinators review what it stores.</summary>
public interface IChangeSuggestions
{
    Task<SuggestionOutcome> SubmitAsync(ChangeSuggestionForm form, CancellationToken ct);
}
