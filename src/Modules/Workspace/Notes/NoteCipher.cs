using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace SocialeKaart.Modules.Workspace.Notes;

/// <summary>
/// Envelope encryption for private notes (ADR 19): each account has a random 256-bit data key, stored only wrapped with
/// the master key (Workspace:MasterKey, base64 of 32 bytes, from the environment). Each note is sealed with AES-GCM under
/// the data key, with the account and fiche ids as associated data, so a sealed note moved to another row does not open.
/// </summary>
public sealed class NoteCipher(IConfiguration configuration)
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private byte[] MasterKey
    {
        get
        {
            var configured = configuration["Workspace:MasterKey"];
            if (string.IsNullOrWhiteSpace(configured)) throw new NotesUnavailableException("Workspace:MasterKey is not configured.");
            byte[] key;
            try { key = Convert.FromBase64String(configured); }
            catch (FormatException) { throw new NotesUnavailableException("Workspace:MasterKey is not base64."); }
            return key.Length == 32 ? key : throw new NotesUnavailableException("Workspace:MasterKey must be 32 bytes (base64).");
        }
    }

    public string MasterKeyId => Convert.ToHexString(SHA256.HashData(MasterKey))[..8].ToLowerInvariant();

    public UserKey NewUserKey(Guid accountId, DateTimeOffset now) => new()
    {
        Id = accountId, MasterKeyId = MasterKeyId, CreatedAt = now,
        Wrapped = Seal(MasterKey, RandomNumberGenerator.GetBytes(32), accountId.ToByteArray()),
    };

    public string SealNote(UserKey key, Guid ficheId, string text) => Seal(Unwrap(key), Encoding.UTF8.GetBytes(text), Associated(key.Id, ficheId));

    public string OpenNote(UserKey key, Guid ficheId, string sealedNote) => Encoding.UTF8.GetString(Open(Unwrap(key), sealedNote, Associated(key.Id, ficheId)));

    private byte[] Unwrap(UserKey key) => Open(MasterKey, key.Wrapped, key.Id.ToByteArray());

    private static byte[] Associated(Guid accountId, Guid ficheId) => [.. accountId.ToByteArray(), .. ficheId.ToByteArray()];

    private static string Seal(byte[] key, byte[] plain, byte[] associated)
    {
        var output = new byte[NonceSize + plain.Length + TagSize];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plain, output.AsSpan(NonceSize, plain.Length), output.AsSpan(NonceSize + plain.Length), associated);
        return Convert.ToBase64String(output);
    }

    private static byte[] Open(byte[] key, string sealedText, byte[] associated)
    {
        var input = Convert.FromBase64String(sealedText);
        var plain = new byte[input.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(input.AsSpan(0, NonceSize), input.AsSpan(NonceSize, plain.Length), input.AsSpan(NonceSize + plain.Length), plain, associated);
        return plain;
    }
}
