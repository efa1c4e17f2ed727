using SocialeKaart.Modules.Contracts.Directory;
using SocialeKaart.Modules.Review.Claims;

namespace SocialeKaart.UnitTests.Review;

/// <summary>The hint on a claim: is the applicant's e-mail domain the fiche's own?</summary>
public sealed class ClaimEvidenceTests
{
    private static Fiche With(string? website, params string[] emails) => new()
    {
        Contact = new ContactDetails([], emails.Select(e => new Email(null, e)).ToList(), website, []),
    };

    [Theory]
    [InlineData("an@speelboom.be", "https://www.speelboom.be/contact", ClaimEvidence.Verdict.Matches)]
    [InlineData("an@gent.speelboom.be", "speelboom.be", ClaimEvidence.Verdict.Matches)] // a subdomain, and a website typed without https
    [InlineData("An@Speelboom.BE", "https://speelboom.be", ClaimEvidence.Verdict.Matches)]
    [InlineData("an.peeters@gmail.com", "https://speelboom.be", ClaimEvidence.Verdict.Personal)]
    [InlineData("an@elders.be", "https://speelboom.be", ClaimEvidence.Verdict.Differs)]
    [InlineData("an@speelboom.be", null, ClaimEvidence.Verdict.NothingToCompare)]
    [InlineData("geen-adres", "https://speelboom.be", ClaimEvidence.Verdict.NothingToCompare)]
    public void the_applicants_domain_is_compared_with_the_fiches_website(string email, string? website, ClaimEvidence.Verdict expected) =>
        Assert.Equal(expected, ClaimEvidence.Of(email, With(website)).Outcome);

    [Fact]
    public void the_fiches_own_addresses_count_but_a_personal_one_on_the_fiche_does_not()
    {
        Assert.Equal(ClaimEvidence.Verdict.Matches, ClaimEvidence.Of("an@kinderopvang-gent.be", With(null, "info@kinderopvang-gent.be")).Outcome);
        // The fiche itself gives a gmail address: that says nothing about who works there.
        var evidence = ClaimEvidence.Of("iemand@gmail.com", With(null, "speelboom@gmail.com"));
        Assert.Equal(ClaimEvidence.Verdict.NothingToCompare, evidence.Outcome);
        Assert.Contains("geen eigen website", evidence.Text());
    }

    [Fact]
    public void the_hint_names_both_domains_when_they_differ() =>
        Assert.Equal("Het e-mailadres van de aanvrager (elders.be) hoort niet bij de website of de e-mailadressen van de fiche (speelboom.be): vraag na.",
            ClaimEvidence.Of("an@elders.be", With("https://speelboom.be")).Text());
}
