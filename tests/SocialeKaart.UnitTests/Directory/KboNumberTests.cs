using SocialeKaart.Modules.Directory.Validation;

namespace SocialeKaart.UnitTests.Directory;

public sealed class KboNumberTests
{
    [Theory]
    [InlineData("0207.437.468", "0207.437.468")]
    [InlineData("0207437468", "0207.437.468")]
    [InlineData("BE 0411.081.347", "0411.081.347")]
    [InlineData("be0876041246", "0876.041.246")]
    [InlineData("207.437.468", "0207.437.468")]
    public void valid_numbers_are_accepted_in_the_ways_people_write_them(string input, string normalized)
    {
        Assert.True(KboNumber.TryNormalize(input, out var result));
        Assert.Equal(normalized, result);
    }

    [Theory]
    [InlineData("0207.437.469")]
    [InlineData("0207.437.486")]
    [InlineData("2207.437.468")]
    [InlineData("0207.437.46")]
    [InlineData("abcd.efg.hij")]
    [InlineData("")]
    public void a_wrong_check_digit_or_shape_is_refused(string input) =>
        Assert.False(KboNumber.TryNormalize(input, out _));
}
