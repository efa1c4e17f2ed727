using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using SocialeKaart.Modules.Contracts.Workspace;
using SocialeKaart.Modules.Workspace.Notes;

namespace SocialeKaart.UnitTests.Workspace;

public sealed class NoteCipherTests
{
    private static NoteCipher Cipher(string? key) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Workspace:MasterKey"] = key }).Build());

    private static readonly string Master = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public void a_sealed_note_opens_with_its_key_and_holds_no_plaintext()
    {
        var cipher = Cipher(Master);
        var (account, fiche) = (Guid.NewGuid(), Guid.NewGuid());
        var key = cipher.NewUserKey(account, DateTimeOffset.UnixEpoch);
        var sealedNote = cipher.SealNote(key, fiche, "Mevrouw De Smet helpt met budgetbeheer");

        Assert.DoesNotContain("De Smet", sealedNote);
        Assert.DoesNotContain("De Smet", System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(sealedNote)));
        Assert.Equal("Mevrouw De Smet helpt met budgetbeheer", cipher.OpenNote(key, fiche, sealedNote));
        Assert.NotEqual(sealedNote, cipher.SealNote(key, fiche, "Mevrouw De Smet helpt met budgetbeheer")); // a fresh nonce each time
    }

    [Fact]
    public void a_note_moved_to_another_fiche_or_opened_with_another_persons_key_does_not_open()
    {
        var cipher = Cipher(Master);
        var key = cipher.NewUserKey(Guid.NewGuid(), DateTimeOffset.UnixEpoch);
        var fiche = Guid.NewGuid();
        var sealedNote = cipher.SealNote(key, fiche, "geheim");
        Assert.ThrowsAny<CryptographicException>(() => cipher.OpenNote(key, Guid.NewGuid(), sealedNote));
        Assert.ThrowsAny<CryptographicException>(() => cipher.OpenNote(cipher.NewUserKey(Guid.NewGuid(), DateTimeOffset.UnixEpoch), fiche, sealedNote));
    }

    [Fact]
    public void without_the_master_key_that_wrapped_it_a_person_key_is_useless()
    {
        var key = Cipher(Master).NewUserKey(Guid.NewGuid(), DateTimeOffset.UnixEpoch);
        var fiche = Guid.NewGuid();
        var sealedNote = Cipher(Master).SealNote(key, fiche, "geheim");
        Assert.ThrowsAny<CryptographicException>(() => Cipher(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))).OpenNote(key, fiche, sealedNote));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("geen base64!")]
    [InlineData("c2hvcnQ=")]
    public void a_missing_or_bad_master_key_says_notes_are_unavailable(string? master) =>
        Assert.Throws<NotesUnavailableException>(() => Cipher(master).NewUserKey(Guid.NewGuid(), DateTimeOffset.UnixEpoch));
}
