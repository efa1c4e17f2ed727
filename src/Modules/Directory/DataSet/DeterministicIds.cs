using System.Security.Cryptography;
using System.Text;

namespace SocialeKaart.Modules.Directory.DataSet;

/// <summary>Ids derived from the seed and a name, so the same seed gives the same fiches with the same ids.</summary>
public static class DeterministicIds
{
    public static Guid For(int seed, string kind, int index) => For($"socialekaart-dataset:{seed}:{kind}:{index}");

    /// <summary>The id a name always gives (a register's record: "socialekaart-register:{register}:{key}").</summary>
    public static Guid For(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(name));
        var bytes = hash[..16];
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80); // RFC 9562 version 8: custom, derived ids
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
