using Microsoft.AspNetCore.Mvc;
using SocialeKaart.Modules.Review.Changes;

namespace SocialeKaart.Modules.Review.Pages.Mijn;

/// <summary>
/// The rubrieken an owner proposes: the fiche's own (untick to propose removing one) and one to add, chosen from the
/// active tree. A proposal: the coordinator takes it over or not, like every other part of the change (ADR 25).
/// </summary>
public sealed class RubriekenModel(ChangeRequestService changes, IRubriekTree tree) : DraftSectionModel(changes)
{
    public override string Section => "rubrieken";
    public override string Title => "Rubrieken";

    [BindProperty] public List<string> Keep { get; set; } = [];
    [BindProperty] public string? Add { get; set; }

    public IReadOnlyList<string> Current { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyList<RubriekBranch> Domains { get; private set; } = [];

    protected override async Task PrepareAsync(CancellationToken ct) =>
        (Names, Domains) = (await tree.NamesAsync(ct), await tree.ActiveTreeAsync(ct));

    protected override void Show(Fiche draft) => (Current, Keep) = (draft.Rubrieken, [.. draft.Rubrieken]);

    protected override object Read(Fiche draft, InputErrors errors)
    {
        Current = draft.Rubrieken;
        var codes = Keep.Where(draft.Rubrieken.Contains).ToList();
        if (Text(Add) is { } added) codes.Add(added);
        for (var i = 0; i < codes.Count; i++) Map($"rubrieken[{i}]", "rubrieken-add", "Rubriek");
        Map("rubrieken", "rubrieken-add", "Rubrieken");
        return codes.Distinct().ToList();
    }
}
