using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace SocialeKaart.BuildingBlocks;

/// <summary>
/// Collects field errors of one request and turns them into an RFC 7807 validation problem whose
/// "errors" member is keyed by the JSON path of the field (e.g. "address.postcode").
/// Messages are Dutch: people read them in the back office.
/// </summary>
public sealed class InputErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    /// <summary>The messages by field, for callers that show them on a page rather than in a problem.</summary>
    public IReadOnlyDictionary<string, string[]> ByField => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>Errors reported by another component (e.g. a query contract), to answer them as a problem.</summary>
    public static InputErrors From(IReadOnlyDictionary<string, string[]> byField)
    {
        var errors = new InputErrors();
        foreach (var (field, messages) in byField)
            foreach (var message in messages) errors.Add(field, message);
        return errors;
    }

    public int Count => _errors.Count;

    public InputErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(message);
        return this;
    }

    /// <summary>A required text: present, not blank, not longer than <paramref name="maxLength"/>.</summary>
    public InputErrors Required(string field, string? value, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? Add(field, "Dit veld is verplicht.") : Optional(field, value, maxLength);

    public InputErrors Optional(string field, string? value, int maxLength) =>
        value is not null && value.Length > maxLength
            ? Add(field, $"Maximaal {maxLength} tekens (nu {value.Length}).")
            : this;

    public InputErrors Check(bool ok, string field, string message) => ok ? this : Add(field, message);

    /// <summary>Commands on existing data carry the version the client read (optimistic concurrency).</summary>
    public InputErrors RequireVersion(long? version) => Check(version is not null, "version", "Geef de versie die je gelezen hebt.");

    /// <summary>Checks a list: at most <paramref name="max"/> items, none null, each by <paramref name="check"/> under "field[i]".</summary>
    public InputErrors Each<T>(string field, IReadOnlyList<T>? items, int max, Action<T, string> check)
    {
        if (items is null) return this;
        if (items.Count > max) return Add(field, $"Maximaal {max} items (nu {items.Count}).");
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null) Add($"{field}[{i}]", "Dit item is leeg.");
            else check(items[i], $"{field}[{i}]");
        }
        return this;
    }

    public ProblemDetails ToProblem() => Any
        ? new HttpValidationProblemDetails(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "De aanvraag bevat ongeldige gegevens.",
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        }
        : WolverineContinue.NoProblems;
}
