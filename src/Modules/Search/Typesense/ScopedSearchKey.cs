using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SocialeKaart.Modules.Search.Typesense;

/// <summary>
/// Derives a scoped search-only key for the browser, as Typesense defines it: base64 of
/// base64(HMAC-SHA256(searchKey, params)) + the key's first four characters + params. The embedded filter
/// (never defunct) and the expiry are inside the signature, so the browser cannot widen them.
/// </summary>
public static class ScopedSearchKey
{
    public static string Derive(string searchOnlyKey, string parametersJson)
    {
        var digest = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(searchOnlyKey), Encoding.UTF8.GetBytes(parametersJson)));
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(digest + searchOnlyKey[..4] + parametersJson));
    }

    public static string ForPublicSearch(string searchOnlyKey, DateTimeOffset expiresAt) =>
        Derive(searchOnlyKey, JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["filter_by"] = TypesenseFilter.IsNot(TypesenseSchema.Status, "defunct"),
            ["expires_at"] = expiresAt.ToUnixTimeSeconds(),
        }));
}
