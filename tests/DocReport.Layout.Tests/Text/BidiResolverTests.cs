using DocReport.Layout.Text;

namespace DocReport.Layout.Tests.Text;

public class BidiResolverTests
{
    /// <summary>Levels written one digit per UTF-16 unit.</summary>
    private static string Levels(string text, byte paragraphLevel) => string.Concat(BidiResolver.Levels(text, paragraphLevel));

    [Theory]
    [InlineData("The ministry said", 0)]
    [InlineData("שלום עולם", 1)]
    [InlineData("مرحبا بالعالم", 1)]
    [InlineData("2024: שלום", 1)]
    [InlineData("«Hello» مرحبا", 0)]
    [InlineData("12 345", 0)]
    public void A_paragraph_runs_in_the_direction_of_its_first_strong_character(string text, int expected) =>
        Assert.Equal(expected, BidiResolver.ParagraphLevel(text));

    [Fact]
    public void Left_to_right_text_stays_at_level_zero() =>
        Assert.Equal(new string('0', 22), Levels("Growth was 3.5%, it is", 0));

    [Fact]
    public void A_hebrew_phrase_in_english_text_is_raised_to_level_one_without_the_spaces_around_it() =>
        Assert.Equal("0000011111110000", Levels("said שלום עם and", 0));

    [Fact]
    public void Numbers_in_arabic_text_run_left_to_right_at_level_two()
    {
        const string text = "في 2018 قال";
        Assert.Equal("11122221111", Levels(text, 1));
    }

    [Fact]
    public void A_decimal_number_with_its_separator_stays_one_left_to_right_run() =>
        Assert.Equal("1111222", Levels("عدد 1,5", 1));

    [Fact]
    public void A_percent_sign_goes_with_a_european_number_in_hebrew_text() =>
        Assert.Equal("11111222", Levels("אחוז 12%", 1));

    [Fact]
    public void After_arabic_letters_digits_are_an_arabic_number_and_a_percent_sign_stays_right_to_left() =>
        Assert.Equal("11111221", Levels("نسبة 12%", 1));

    [Fact]
    public void Latin_words_in_a_right_to_left_paragraph_are_at_level_two_and_the_space_between_them_too() =>
        Assert.Equal("111122222222222111", Levels("قال Nobel Prize له", 1));

    [Fact]
    public void Combining_marks_take_the_level_of_their_base_letter() =>
        Assert.Equal("0000111", Levels("abc \u05D1\u05BC\u05D0", 0));

    [Fact]
    public void Each_paragraph_of_a_text_has_its_own_level()
    {
        var (levels, paragraphs) = BidiResolver.Resolve("abc\nאבג");
        Assert.Equal([0, 0, 0, 0, 1, 1, 1], paragraphs);
        Assert.Equal([0, 0, 0, 0, 1, 1, 1], levels);
    }
}
