using Microsoft.AspNetCore.Mvc;
using SocialeKaart.Modules.Review.Changes;

namespace SocialeKaart.Modules.Review.Pages.Mijn;

/// <summary>The owner's contact persons: name, function, phone and e-mail; rows to add, a tick to remove one.</summary>
public sealed class PersonenModel(ChangeRequestService changes) : DraftSectionModel(changes)
{
    public override string Section => "persons";
    public override string Title => "Contactpersonen";

    [BindProperty] public List<PersonForm> Persons { get; set; } = [];

    public sealed class PersonForm
    {
        public Guid? Id { get; set; }
        public string? Name { get; set; }
        public string? Function { get; set; }
        public string? Phone { get; set; }
        public string? Email { get; set; }
        public bool Remove { get; set; }
    }

    public static readonly IReadOnlyList<(string Part, string Label)> Parts =
        [("name", "Naam"), ("function", "Functie"), ("phone", "Telefoon"), ("email", "E-mail")];

    protected override void Show(Fiche draft) =>
        Persons = draft.Persons.Select(p => new PersonForm { Id = p.Id, Name = p.Name, Function = p.Function, Phone = p.Phone, Email = p.Email })
            .Concat([new PersonForm(), new PersonForm()]).ToList();

    protected override object Read(Fiche draft, InputErrors errors)
    {
        var known = draft.Persons.Select(p => p.Id).ToHashSet();
        var result = new List<Person>();
        foreach (var (row, i) in Persons.Select((row, i) => (row, i)))
        {
            if (row.Remove || new[] { row.Name, row.Function, row.Phone, row.Email }.All(v => Text(v) is null)) continue;
            foreach (var (part, label) in Parts) Map($"persons[{result.Count}].{part}", InputId($"persons[{i}].{part}"), $"Persoon {i + 1}, {label.ToLowerInvariant()}");
            var id = row.Id is { } given && known.Contains(given) ? given : Guid.CreateVersion7();
            result.Add(new Person(id, Text(row.Name) ?? "", Text(row.Function), Text(row.Phone), Text(row.Email)));
        }
        return result;
    }
}
