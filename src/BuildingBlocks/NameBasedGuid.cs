using System.Security.Cryptography;
using System.Text;

namespace SocialeKaart.BuildingBlocks;

/// <summary>
/// The UUID a name always gives (RFC 9562 version 8, from SHA-256): for ids that must come out the same however often,
/// or however concurrently, they are made.
/// </summary>
public static class NameBasedGuid
{
    public static Guid Of(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(name));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80); // version 8: custom, name-based
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC 9562 variant
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
