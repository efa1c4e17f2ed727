using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SocialeKaart.Modules.Accounts;

/// <summary>
/// The Data Protection key ring encrypted at rest (ADR 24): whoever reads the database must not be able to forge
/// session cookies, e-mail links or export links. Each key is sealed with AES-256-GCM under the key-ring key from the
/// environment (DataProtection:KeyRingKey, base64 of 32 bytes); the sealed element names that key by a fingerprint, so
/// the key can be rotated: the new one seals, the old ones (DataProtection:PreviousKeyRingKeys) still open.
/// </summary>
public sealed class KeyRingEncryptor(byte[] key) : IXmlEncryptor
{
    public const string Element = "sealedKey";

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var plain = System.Text.Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var sealedBytes = new byte[plain.Length];
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        using (var aes = new AesGcm(key, tag.Length)) aes.Encrypt(nonce, plain, sealedBytes, tag);
        var element = new XElement(Element,
            new XAttribute("key", KeyRingKeys.Fingerprint(key)),
            new XElement("nonce", Convert.ToBase64String(nonce)),
            new XElement("value", Convert.ToBase64String(sealedBytes)),
            new XElement("tag", Convert.ToBase64String(tag)));
        return new EncryptedXmlInfo(element, typeof(KeyRingDecryptor));
    }
}

/// <summary>Opens what <see cref="KeyRingEncryptor"/> sealed, with whichever configured key-ring key it names.</summary>
public sealed class KeyRingDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var keys = KeyRingKeys.All(services.GetRequiredService<IConfiguration>());
        var fingerprint = encryptedElement.Attribute("key")?.Value;
        var key = keys.FirstOrDefault(k => KeyRingKeys.Fingerprint(k) == fingerprint)
            ?? throw new CryptographicException($"The key ring was sealed with key-ring key {fingerprint}, which is not configured (DataProtection:KeyRingKey or PreviousKeyRingKeys).");
        var nonce = Convert.FromBase64String(encryptedElement.Element("nonce")!.Value);
        var sealedBytes = Convert.FromBase64String(encryptedElement.Element("value")!.Value);
        var tag = Convert.FromBase64String(encryptedElement.Element("tag")!.Value);
        var plain = new byte[sealedBytes.Length];
        using (var aes = new AesGcm(key, tag.Length)) aes.Decrypt(nonce, sealedBytes, tag, plain);
        return XElement.Parse(System.Text.Encoding.UTF8.GetString(plain));
    }
}

public static class KeyRingKeys
{
    /// <summary>The current key first, then the previous ones; each base64 of 32 bytes.</summary>
    public static IReadOnlyList<byte[]> All(IConfiguration configuration) =>
        new[] { configuration["DataProtection:KeyRingKey"] }
            .Concat(configuration.GetSection("DataProtection:PreviousKeyRingKeys").GetChildren().Select(c => c.Value))
            .Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => Parse(v!)).ToList();

    public static byte[]? Current(IConfiguration configuration) =>
        configuration["DataProtection:KeyRingKey"] is { Length: > 0 } value ? Parse(value) : null;

    public static string Fingerprint(byte[] key) => Convert.ToHexString(SHA256.HashData(key))[..16].ToLowerInvariant();

    private static byte[] Parse(string value)
    {
        byte[] key;
        try { key = Convert.FromBase64String(value); }
        catch (FormatException) { throw new InvalidOperationException("DataProtection:KeyRingKey must be base64 of 32 random bytes."); }
        return key.Length == 32 ? key : throw new InvalidOperationException("DataProtection:KeyRingKey must be base64 of 32 random bytes.");
    }
}
