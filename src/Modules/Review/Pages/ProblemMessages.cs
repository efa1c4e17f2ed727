using Microsoft.AspNetCore.Mvc;

namespace SocialeKaart.Modules.Review.Pages;

/// <summary>What a page shows of a refused operation: the detail, and each field's message.</summary>
public static class ProblemMessages
{
    public static IReadOnlyDictionary<string, string[]> ByField(ProblemDetails problem) => problem switch
    {
        HttpValidationProblemDetails validation => validation.Errors.ToDictionary(),
        _ when problem.Extensions.TryGetValue("errors", out var errors) && errors is IReadOnlyDictionary<string, string[]> byField => byField,
        _ => new Dictionary<string, string[]>(),
    };

    public static IReadOnlyList<string> All(ProblemDetails problem) =>
        new[] { problem.Detail ?? "" }.Concat(ByField(problem).SelectMany(e => e.Value)).Where(m => m.Length > 0).DefaultIfEmpty(problem.Title ?? "Er ging iets mis.").ToList();
}
