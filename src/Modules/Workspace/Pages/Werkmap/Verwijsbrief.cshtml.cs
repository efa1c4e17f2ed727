using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SocialeKaart.Modules.Workspace.Notes;

namespace SocialeKaart.Modules.Workspace.Pages.Werkmap;

public sealed record ReferralLine(Fiche Fiche, string? Note);

/// <summary>
/// A referral sheet for a client: the chosen organisations with how to reach them and the professional's own notes,
/// laid out for paper (print). Nothing about the client is entered or stored.
/// </summary>
[Authorize(Policy = AccessPolicies.Professional)]
public sealed class VerwijsbriefModel(IFicheDetails fiches, IWorkspace workspace) : PageModel
{
    public const int MaxFiches = 20;
    public IReadOnlyList<ReferralLine> Lines { get; private set; } = [];
    public bool WithNotes { get; private set; }

    public async Task OnGetAsync([FromQuery(Name = "fiche")] List<Guid> fiche, bool? notities, CancellationToken ct)
    {
        WithNotes = notities != false;
        var chosen = fiche.Distinct().Take(MaxFiches).ToList();
        var loaded = await fiches.ManyAsync(chosen, ct);
        var lines = new List<ReferralLine>();
        foreach (var id in chosen)
        {
            if (!loaded.TryGetValue(id, out var found) || found.Status == FicheStatus.Defunct) continue;
            string? note = null;
            if (WithNotes)
            {
                try { note = (await workspace.ForFicheAsync(User.AccountId()!.Value, id, ct)).Note; }
                catch (NotesUnavailableException) { }
            }
            lines.Add(new ReferralLine(found, note));
        }
        Lines = lines;
    }
}
