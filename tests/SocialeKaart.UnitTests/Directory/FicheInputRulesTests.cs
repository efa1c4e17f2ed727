using SocialeKaart.BuildingBlocks;
using SocialeKaart.Modules.Directory.Fiches;

namespace SocialeKaart.UnitTests.Directory;

public sealed class FicheInputRulesTests
{
    [Theory]
    [InlineData("09 265 04 00")]
    [InlineData("+32 9 265 04 00")]
    [InlineData("0470/12.34.56")]
    [InlineData("016-00-11-22")]
    public void common_belgian_phone_notations_are_accepted(string phone) =>
        Assert.False(new InputErrors().CheckPhone(phone).Any);

    [Theory]
    [InlineData("1234")]
    [InlineData("call me")]
    [InlineData("09  265 04 00")]
    [InlineData("+32 9 265 04 00 00 00 00 00")]
    public void implausible_phone_numbers_are_refused(string phone) =>
        Assert.True(new InputErrors().CheckPhone(phone).Any);

    [Theory]
    [InlineData("9000", false)]
    [InlineData("1000", false)]
    [InlineData("0999", true)]
    [InlineData("900", true)]
    [InlineData("90000", true)]
    [InlineData("9o00", true)]
    public void postcodes_have_four_digits_from_1000(string postcode, bool refused)
    {
        var address = new AddressInput("Veldstraat", "1", null, postcode, "Gent");
        Assert.Equal(refused, new InputErrors().CheckAddress(address).Any);
    }

    [Fact]
    public void the_problem_names_every_failing_field_by_its_json_path()
    {
        var problem = new InputErrors().CheckName(null).CheckAddress(new AddressInput(null, "1", null, "9000", "Gent")).ToProblem();
        var errors = Assert.IsType<Microsoft.AspNetCore.Http.HttpValidationProblemDetails>(problem).Errors;
        Assert.Equal(["address.street", "name"], errors.Keys.Order());
        Assert.Equal(400, problem.Status);
    }

    [Fact]
    public void without_errors_the_request_continues() =>
        Assert.Same(Wolverine.Http.WolverineContinue.NoProblems, new InputErrors().CheckName("CAW").ToProblem());
}
