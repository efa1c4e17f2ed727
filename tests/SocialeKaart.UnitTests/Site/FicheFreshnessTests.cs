using SocialeKaart.Modules.Site.Pages;

namespace SocialeKaart.UnitTests.Site;

public sealed class FicheFreshnessTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 10, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public void a_fiche_checked_within_the_year_gets_no_warning() =>
        Assert.Null(FicheFreshness.Warning(Now.AddMonths(-11), Now.AddYears(-3), Now));

    [Fact]
    public void a_fiche_checked_more_than_a_year_ago_says_when()
    {
        var warning = FicheFreshness.Warning(new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.FromHours(1)), Now.AddDays(-2), Now);
        Assert.Equal("Laatst nagekeken meer dan een jaar geleden (op 3 maart 2025). Bel best even voor je gaat.", warning);
    }

    [Fact]
    public void a_fiche_never_checked_is_flagged_only_when_it_has_not_changed_for_a_year()
    {
        Assert.Null(FicheFreshness.Warning(null, Now.AddMonths(-6), Now));
        Assert.Equal("Deze gegevens zijn meer dan een jaar niet nagekeken. Bel best even voor je gaat.", FicheFreshness.Warning(null, Now.AddMonths(-13), Now));
    }
}
