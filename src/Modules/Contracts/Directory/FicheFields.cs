using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace SocialeKaart.Modules.Contracts.Directory;

/// <summary>One field of a fiche before and after a change ("contact.phones[0].number").</summary>
public sealed record FieldChange(string Field, JsonNode? Before, JsonNode? After);

/// <summary>
/// The fiche as a JSON tree, flattened to "field path → value": the field-level before/after of the history, the
/// recognition of a command that changes nothing, and the diff a coordinator reviews. Shared by the Directory
/// (which owns fiches) and Review (which compares drafts with them), so both see the same fields.
/// </summary>
public static class FicheFields
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    // Bookkeeping that changes with every event and says nothing about the organisation.
    private static readonly HashSet<string> Ignored = ["version", "lastChangedAt"];

    public static Dictionary<string, JsonNode?> Flatten(Fiche? fiche)
    {
        var fields = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        if (fiche is not null) Walk(JsonSerializer.SerializeToNode(fiche, Options), "", fields);
        return fields;
    }

    public static IReadOnlyList<FieldChange> Diff(Dictionary<string, JsonNode?> before, Dictionary<string, JsonNode?> after) =>
        before.Keys.Union(after.Keys)
            .Where(k => !JsonNode.DeepEquals(before.GetValueOrDefault(k), after.GetValueOrDefault(k)))
            .Order(StringComparer.Ordinal)
            .Select(k => new FieldChange(k, before.GetValueOrDefault(k)?.DeepClone(), after.GetValueOrDefault(k)?.DeepClone()))
            .ToList();

    public static Fiche Clone(Fiche fiche) => JsonSerializer.Deserialize<Fiche>(JsonSerializer.SerializeToUtf8Bytes(fiche, Options), Options)!;

    /// <summary>
    /// The unit a reviewer approves or not: the path up to the first list ("contact.phones", "identity.name",
    /// "locations"). A list is approved as a whole, so a partial approval never leaves half a list.
    /// </summary>
    public static string UnitOf(string field)
    {
        var bracket = field.IndexOf('[');
        return bracket < 0 ? field : field[..bracket];
    }

    /// <summary>The fields of one unit, for comparing a unit between two versions of a fiche.</summary>
    public static IEnumerable<KeyValuePair<string, JsonNode?>> InUnit(Dictionary<string, JsonNode?> fields, string unit) =>
        fields.Where(f => UnitOf(f.Key) == unit || f.Key.StartsWith(unit + ".", StringComparison.Ordinal));

    public static bool SameUnit(Dictionary<string, JsonNode?> a, Dictionary<string, JsonNode?> b, string unit)
    {
        var left = InUnit(a, unit).ToDictionary(StringComparer.Ordinal);
        var right = InUnit(b, unit).ToDictionary(StringComparer.Ordinal);
        return left.Count == right.Count && left.All(l => right.TryGetValue(l.Key, out var r) && JsonNode.DeepEquals(l.Value, r));
    }

    /// <summary>A copy of <paramref name="target"/> with the given units taken from <paramref name="source"/>.</summary>
    public static Fiche WithUnits(Fiche target, Fiche source, IEnumerable<string> units)
    {
        var to = JsonSerializer.SerializeToNode(target, Options)!.AsObject();
        var from = JsonSerializer.SerializeToNode(source, Options)!.AsObject();
        foreach (var unit in units)
        {
            var path = unit.Split('.');
            var (toParent, fromParent) = (Descend(to, path), Descend(from, path));
            if (toParent is null) continue;
            var value = fromParent?[path[^1]]?.DeepClone();
            toParent[path[^1]] = value;
        }
        return to.Deserialize<Fiche>(Options)!;
    }

    private static JsonObject? Descend(JsonObject root, string[] path)
    {
        JsonObject? node = root;
        foreach (var step in path[..^1]) node = node?[step] as JsonObject;
        return node;
    }

    private static void Walk(JsonNode? node, string path, Dictionary<string, JsonNode?> fields)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                    if (path.Length > 0 || !Ignored.Contains(key)) Walk(value, path.Length == 0 ? key : $"{path}.{key}", fields);
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++) Walk(array[i], $"{path}[{i}]", fields);
                break;
            default:
                // Empty values count as absent, so a field appearing as null and disappearing are the same.
                if (node is not null) fields[path] = node;
                break;
        }
    }
}
