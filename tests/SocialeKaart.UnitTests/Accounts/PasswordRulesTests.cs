using SocialeKaart.Modules.Accounts;

namespace SocialeKaart.UnitTests.Accounts;

public sealed class PasswordRulesTests
{
    [Theory]
    [InlineData("kort", "minstens 12")]
    [InlineData("azertyuiop12", "uitgelekte")]
    [InlineData("Password1234", "uitgelekte")]
    [InlineData("aaaaaaaaaaaaaa", "te weinig verschillende")]
    [InlineData("1234567890123456", "rij van het toetsenbord")]
    [InlineData("mijnwachtwoord!", "wachtwoord")]
    [InlineData("an.peeters-2026!", "e-mailadres")]
    [InlineData("xx-AnPeeters-99", "naam")]
    public void weak_passwords_are_refused_with_the_reason(string password, string reason) =>
        Assert.Contains(reason, PasswordRules.Refuse(password, "an.peeters@example.be", "An Peeters"));

    [Theory]
    [InlineData("een lang en geheim wachtwoord")]
    [InlineData("Zeven blauwe fietsen in Gent")]
    [InlineData("k8#Vq2!mRz0pLx")]
    public void long_or_varied_passwords_pass(string password) => Assert.Null(PasswordRules.Refuse(password, "an.peeters@example.be", "An Peeters"));
}
