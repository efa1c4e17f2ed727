using Microsoft.AspNetCore.Mvc;
using SocialeKaart.Modules.Review.Changes;

namespace SocialeKaart.Modules.Review.Pages.Mijn;

/// <summary>
/// The trefwoorden an owner proposes: the fiche's own (untick to propose removing one) and new ones typed as people
/// say them, offered from the thesaurus while typing (a datalist: no JavaScript needed). A word the thesaurus does not
/// know comes back beside its input. A proposal the coordinator decides (ADR 25).
/// </summary>
public sealed class TrefwoordenModel(ChangeRequestService changes, IThesaurus thesaurus) : DraftSectionModel(changes)
{
    public override string Section => "trefwoorden";
    public override string Title => "Trefwoorden";
    public const int NewRows = 3;

    [BindProperty] public List<string> Keep { get; set; } = [];
    [BindProperty] public List<string?> Added { get; set; } = [];

    public IReadOnlyList<string> Current { get; private set; } = [];
    public IReadOnlyList<string> Terms { get; private set; } = [];

    protected override async Task PrepareAsync(CancellationToken ct) =>
        Terms = (await thesaurus.GroupsAsync(ct)).Select(g => g[0]).Order(StringComparer.Create(new System.Globalization.CultureInfo("nl-BE"), true)).ToList();

    protected override void Show(Fiche draft) => (Current, Keep) = (draft.Trefwoorden, [.. draft.Trefwoorden]);

    protected override object Read(Fiche draft, InputErrors errors)
    {
        Current = draft.Trefwoorden;
        var terms = Keep.Where(draft.Trefwoorden.Contains).ToList();
        foreach (var (typed, i) in Added.Select((t, i) => (t, i)))
        {
            if (Text(typed) is not { } term) continue;
            Map($"trefwoorden[{terms.Count}]", InputId($"added[{i}]"), $"Nieuw trefwoord {i + 1}");
            terms.Add(term);
        }
        return terms;
    }
}
