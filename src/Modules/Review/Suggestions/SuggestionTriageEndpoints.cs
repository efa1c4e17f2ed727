using SocialeKaart.Modules.Review.Decisions;

namespace SocialeKaart.Modules.Review.Suggestions;

/// <summary>Triage of the public form's suggestions by the back office.</summary>
public static class SuggestionTriageEndpoints
{
    [WolverinePost("/api/suggestions/{id}/convert", Name = "ConvertSuggestion")]
    [Authorize(Policy = AccessPolicies.BackOffice)]
    public static async Task<IResult> Convert(Guid id, Decision body, SuggestionTriageService triage, ClaimsPrincipal user, CancellationToken ct) =>
        (await triage.ConvertAsync(id, body, user, ct)).ToResult(r => Results.Created($"/api/change-requests/{r.Id}", new { r.Id, r.FicheId }));

    [WolverinePost("/api/suggestions/{id}/dismiss", Name = "DismissSuggestion")]
    [Authorize(Policy = AccessPolicies.BackOffice)]
    public static async Task<IResult> Dismiss(Guid id, Decision body, SuggestionTriageService triage, ClaimsPrincipal user, CancellationToken ct) =>
        (await triage.DismissAsync(id, body, user, ct)).ToResult(_ => Results.NoContent());
}
