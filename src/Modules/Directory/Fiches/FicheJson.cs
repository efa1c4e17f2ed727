using System.Text.Json;
using System.Text.Json.Nodes;

namespace SocialeKaart.Modules.Directory.Fiches;

/// <summary>
/// The fiche as a JSON tree, flattened to "field path → value", for the field-level before/after of the
/// history and for recognising a command that changes nothing.
/// </summary>
public static class FicheJson
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

public sealed record FieldChange(string Field, JsonNode? Before, JsonNode? After);
