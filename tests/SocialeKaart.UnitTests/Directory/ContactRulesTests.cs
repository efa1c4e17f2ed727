using SocialeKaart.BuildingBlocks;
using SocialeKaart.Modules.Directory.Validation;

namespace SocialeKaart.UnitTests.Directory;

public sealed class ContactRulesTests
{
    [Theory]
    [InlineData("09 265 04 00")]
    [InlineData("+32 9 265 04 00")]
    [InlineData("0470/12.34.56")]
    [InlineData("016-00-11-22")]
    public void common_belgian_phone_notations_are_accepted(string phone) =>
        Assert.False(new InputErrors().CheckPhone("phone", phone).Any);

    [Theory]
    [InlineData("1234")]
    [InlineData("call me")]
    [InlineData("09  265 04 00")]
    [InlineData("+32 9 265 04 00 00 00 00 00")]
    public void implausible_phone_numbers_are_refused(string phone) =>
        Assert.True(new InputErrors().CheckPhone("phone", phone).Any);

    [Theory]
    [InlineData("info@caw.be", true)]
    [InlineData("onthaal.gent@cawoostvlaanderen.be", true)]
    [InlineData("info@caw", false)]
    [InlineData("info caw@caw.be", false)]
    [InlineData("Jan <jan@caw.be>", false)]
    [InlineData("@caw.be", false)]
    public void e_mail_addresses_must_be_plain_and_have_a_domain(string email, bool valid) =>
        Assert.Equal(valid, ContactRules.IsEmail(email));

    [Theory]
    [InlineData("https://www.caw.be", true)]
    [InlineData("http://www.kindengezin.be/opvang", true)]
    [InlineData("www.caw.be", false)]
    [InlineData("ftp://caw.be", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("https://localhost", false)]
    public void websites_are_absolute_http_addresses(string url, bool valid) =>
        Assert.Equal(valid, ContactRules.IsWebAddress(url));

    [Fact]
    public void the_problem_names_every_failing_field_by_its_json_path()
    {
        var problem = new InputErrors().CheckPhone("contact.phones[0].number", "x").CheckEmail("contact.emails[1].address", null).ToProblem();
        var errors = Assert.IsType<Microsoft.AspNetCore.Http.HttpValidationProblemDetails>(problem).Errors;
        Assert.Equal(["contact.emails[1].address", "contact.phones[0].number"], errors.Keys.Order());
        Assert.Equal(400, problem.Status);
    }

    [Fact]
    public void without_errors_the_request_continues() =>
        Assert.Same(Wolverine.Http.WolverineContinue.NoProblems, new InputErrors().CheckPhone("phone", "09 265 04 00").ToProblem());
}
