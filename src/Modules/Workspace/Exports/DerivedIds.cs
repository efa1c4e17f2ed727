using System.Security.Cryptography;
using System.Text;

namespace SocialeKaart.Modules.Workspace.Exports;

/// <summary>Stable UUIDs for the parts of a fiche that have no id of their own (HSDS wants one on every object).</summary>
public static class DerivedIds
{
    public static Guid Of(Guid parent, string kind, int index)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{parent:N}/{kind}/{index}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80); // version 8: custom, name-based
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC 9562 variant
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
