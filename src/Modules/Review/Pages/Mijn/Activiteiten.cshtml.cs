using Microsoft.AspNetCore.Mvc;
using SocialeKaart.Modules.Review.Changes;

namespace SocialeKaart.Modules.Review.Pages.Mijn;

/// <summary>
/// The owner's activities (the sub-offers people look for: "Budgetbegeleiding", "Praatgroep"): a name and a description
/// each; rows to add, a tick to remove one. A known activity keeps its rubrieken and working area (the editors classify,
/// ADR 25), a new one starts without and the coordinator classifies it on approval.
/// </summary>
public sealed class ActiviteitenModel(ChangeRequestService changes) : DraftSectionModel(changes)
{
    public override string Section => "activities";
    public override string Title => "Activiteiten";

    [BindProperty] public List<ActivityForm> Activities { get; set; } = [];

    public sealed class ActivityForm
    {
        public Guid? Id { get; set; }
        public string? Name { get; set; }
        public string? Description { get; set; }
        public bool Remove { get; set; }
    }

    protected override void Show(Fiche draft) =>
        Activities = draft.Activities.Select(a => new ActivityForm { Id = a.Id, Name = a.Name, Description = a.Description })
            .Concat([new ActivityForm(), new ActivityForm()]).ToList();

    protected override object Read(Fiche draft, InputErrors errors)
    {
        var known = draft.Activities.ToDictionary(a => a.Id);
        var result = new List<Activity>();
        foreach (var (row, i) in Activities.Select((row, i) => (row, i)))
        {
            if (row.Remove || (Text(row.Name) is null && Text(row.Description) is null)) continue;
            Map($"activities[{result.Count}].name", InputId($"activities[{i}].name"), $"Activiteit {i + 1}, naam");
            Map($"activities[{result.Count}].description", InputId($"activities[{i}].description"), $"Activiteit {i + 1}, omschrijving");
            var was = row.Id is { } given ? known.GetValueOrDefault(given) : null;
            result.Add(new Activity(was?.Id ?? Guid.CreateVersion7(), Text(row.Name) ?? "", Text(row.Description), was?.Rubrieken ?? [], was?.WorkingArea));
        }
        return result;
    }
}
