using System.Text.RegularExpressions;
using DocReport.Analysis.Sources;

namespace DocReport.Tests.Analysis;

/// <summary>Look-ups built once per text give what a regex over the whole text gave for each name: the same words, the same matches.</summary>
public class WholeTextLookupTests
{
    private const string Text =
        "An economist at Harlow Bank said rates would rise.\n" +
        "Traders at  Harlow Bank's desk disagreed, and people at at Harlow Bank left.\n" +
        "A clerk at Harlow Banking Group, analysts at Harlow Bank-owned funds and strategists at\tHarlow Bank\n" +
        "spoke; nobody at Harlow Bank";

    [Theory]
    [InlineData("Harlow Bank")]
    [InlineData("Harlow Banking Group")]
    [InlineData("Harlow")]
    [InlineData("Bank")]
    [InlineData("Quarry Trust")]
    public void Words_written_before_at_a_name_are_those_the_regex_finds(string name)
    {
        var expected = Regex.Matches(Text, $@"\b(\p{{Ll}}+)\s+at\s+{Regex.Escape(name)}\b(?!['’]s\b)").Select(m => m.Groups[1].Value);
        Assert.Equal(expected, new AtPhrases(Text).WordsBefore(name));
    }

    [Fact]
    public void The_index_finds_each_word_at_the_name_once_and_leaves_out_a_possessive()
    {
        Assert.Equal(["economist", "at", "analysts", "strategists", "nobody"], new AtPhrases(Text).WordsBefore("Harlow Bank"));
    }

    [Theory]
    [InlineData("Bank")]
    [InlineData("Harlow")]
    [InlineData("Trust")]
    public void Lines_holding_the_word_give_the_matches_of_the_whole_text(string word)
    {
        var pattern = new Regex($@"\b(\p{{Lu}}[\p{{L}}-]*)(?:['’]s)?[ \t]+{Regex.Escape(word)}\b");
        Assert.Equal(pattern.Matches(Text).Select(m => (m.Index, m.Value)), NameOccurrences.InLinesHolding(Text, pattern, word).Select(m => (m.Index, m.Value)));
    }

    // A text long enough for its words to be gathered (TextWords): names inside longer words, after letters, with an apostrophe or
    // a hyphen, and at the start of a line.
    private static readonly string LongText = string.Concat(Enumerable.Range(0, TextWords.MinLength / 60).Select(i =>
        $"Ann Lee of Leeds met Ashlee Moore and Lee-Ann O'Dell at Harlow Bank on day {i}.\n" +
        (i % 3 == 0 ? "Lee said he would stay; ODell and MacLee did not.\n" : $"Traders at  Harlow Bank's desk said Lees {i} left.\n")));

    [Theory]
    [InlineData("Lee")]
    [InlineData("O'Dell")]
    [InlineData("Harlow Bank")]
    [InlineData("Moore")]
    [InlineData("Quarry")]
    public void A_long_text_finds_a_name_where_the_regex_does(string name)
    {
        Assert.True(LongText.Length >= TextWords.MinLength);
        var expected = Regex.Matches(LongText, $@"\b{Regex.Escape(name)}\b").Select(m => m.Index);
        Assert.Equal(expected, NameOccurrences.Find(LongText, name, NameOccurrences.WordBoundary, NameOccurrences.WordBoundary).Select(o => o.Index));
    }

    [Fact]
    public void A_long_text_finds_a_name_that_opens_a_longer_word_when_the_test_after_it_takes_the_rest()
    {
        var after = new Regex(@"\G(?:ds|s)?\b");
        var expected = Regex.Matches(LongText, @"\bLee(?:ds|s)?\b").Select(m => (m.Index, m.Length));
        Assert.Equal(expected, NameOccurrences.Find(LongText, "Lee", NameOccurrences.WordBoundary, after).Select(o => (o.Index, o.After.Index + o.After.Length - o.Index)));
    }

    [Fact]
    public void A_long_text_finds_a_name_inside_a_word_when_the_test_before_it_allows_one()
    {
        var expected = Regex.Matches(LongText, @"Lee\b").Select(m => m.Index).ToList();
        Assert.Contains(expected, at => at > 0 && char.IsLetter(LongText[at - 1]));
        Assert.Equal(expected, NameOccurrences.Find(LongText, "Lee", new Regex(@"\G"), NameOccurrences.WordBoundary).Select(o => o.Index));
    }

    [Theory]
    [InlineData("Bank")]
    [InlineData("Lee")]
    [InlineData("Moore")]
    public void A_long_text_gives_the_matches_of_the_whole_text_from_the_lines_holding_the_word(string word)
    {
        var pattern = new Regex($@"\b(\p{{Lu}}[\p{{L}}-]*)(?:['’]s)?[ \t]+{Regex.Escape(word)}\b");
        Assert.Equal(pattern.Matches(LongText).Select(m => (m.Index, m.Value)), NameOccurrences.InLinesHolding(LongText, pattern, word).Select(m => (m.Index, m.Value)));
    }

    [Fact]
    public void A_long_text_may_hold_a_word_only_where_no_letter_comes_before_it()
    {
        Assert.True(NameOccurrences.MayHold(LongText, "Moore"));
        Assert.False(NameOccurrences.MayHold(LongText, "Quarry"));
        // written only inside "Ashlee" and "MacLee": no pattern that needs a space before it can match
        Assert.False(NameOccurrences.MayHold(LongText, "shlee"));
        Assert.True(NameOccurrences.MayHold("Ashlee Moore", "shlee"));
    }
    // A long text naming holders of titles, the titles also written in capitals, inside longer words and abbreviated
    private static readonly string TitledText = string.Concat(Enumerable.Range(0, TextWords.MinLength / 60 + 1).Select(i => (i % 500) switch
    {
        7 => "Mayor Dana Whitlow opened the bridge; Gov. Ray Okafor came too.\n",
        9 => "Whitlow, the town's treasurer, said the bridge cost more. Okafor, 61, who is governor of the state, agreed.\n",
        11 => "Whitlow, the clerk\nof the works, left. THE MAYOR's office shut.\n",
        _ => $"The exmayor and the mayoral race of {i} were discussed in Pinehill.\n",
    }));

    [Fact]
    public void A_long_text_gives_the_places_of_the_words_opening_with_a_title_in_any_case()
    {
        Assert.True(TitledText.Length >= TextWords.MinLength);
        var places = TextWords.Of(TitledText)!.PlacesOpeningAnyCase(["mayor"])!;
        var expected = Regex.Matches(TitledText, @"(?<!\p{L})(?i:mayor)").Select(m => m.Index).ToList();
        Assert.Contains(expected, at => TitledText[at] == 'M');
        Assert.Equal(expected, places);
        Assert.Equal(Regex.Matches(TitledText, @"(?<!\p{L})(?i:gov)").Select(m => m.Index), TextWords.Of(TitledText)!.PlacesOpeningAnyCase(["governor", "Gov."]));
        Assert.Null(TextWords.Of(TitledText)!.PlacesOpeningAnyCase(["-mayor"]));
    }

    [Fact]
    public void A_long_text_names_the_holder_of_a_title_written_in_full_or_abbreviated()
    {
        var holders = new TitleHolderScanner(TitledText);
        Assert.Equal("Dana Whitlow", holders.HolderOf("mayor")?.Name);
        Assert.Equal("Ray Okafor", holders.HolderOf("governor")?.Name);
    }

    // Holders before and after a title: a name opening inside a word at a capital ("deMarco"), hyphens and apostrophes, an
    // abbreviation, another office ("Vice Mayor"), a former holder, and runs of prose where no match opens.
    private static readonly string HoldersText = string.Concat(Enumerable.Range(0, TextWords.MinLength / 90 + 1).Select(i => (i % 5) switch
    {
        0 => $"On day {i} Mayor Dana Whitlow-Hart opened the bridge, and Gov. Ray O'Okafor came; the governor's aide, Lee Moss, spoke.\n",
        1 => "Said deMarco Lutz, a mayor of the hill towns, and Ana McRuiz, the  town's long-serving mayor, to the press.\n",
        2 => "Vice Mayor Jo Park and the former mayor Ed Vo were there, as mayor Ann Roe, the state's governor, said.\n",
        3 => "Nobody who lived along the river thought the bridge would open before winter, said a local\tmayor, Tom Hale.\n",
        _ => "The exmayor and the mayoral race were discussed in Pinehill, where GovernorS and MAYOR Kim Bo met.\n",
    }));

    [Theory]
    [InlineData("mayor", false)]
    [InlineData("governor", false)]
    [InlineData("mayor", true)]
    [InlineData("governor", true)]
    public void Tries_in_the_runs_before_a_title_give_the_holder_matches_of_the_whole_text(string title, bool shortText)
    {
        var text = shortText ? HoldersText[..600] : HoldersText;
        Assert.Equal(shortText, text.Length < TextWords.MinLength);
        var expected = Regex.Matches(text, TitleHolderScanner.HolderPattern(title)).Select(m => (m.Index, m.Value)).ToList();
        Assert.Equal(expected, new TitleHolderScanner(text).HolderMatches(title).Select(m => (m.Index, m.Value)));
        // some match opens at a capital inside a word ("deMarco Lutz, a mayor"), where a try is still made
        if (title == "mayor") Assert.Contains(expected, m => m.Index > 0 && char.IsLetter(text[m.Index - 1]));
    }

    [Theory]
    [InlineData("Whitlow")]
    [InlineData("Okafor")]
    [InlineData("Pinehill")]
    public void A_long_text_gives_a_surname_the_roles_the_whole_text_regexes_give(string surname)
    {
        var expected = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match m in Regex.Matches(TitledText, $@"(?<![\p{{L}}.])(?<title>\p{{L}}[\p{{L}}-]*\.?)[ \t]+(?:\p{{Lu}}[\p{{L}}.'’-]*[ \t]+){{0,2}}{surname}\b"))
            if (m.Groups["title"].Value is "Mayor" or "Gov.") expected.Add(m.Groups["title"].Value == "Gov." ? "governor" : "mayor");
        foreach (Match m in Regex.Matches(TitledText, $@"\b{surname},[ \t]+(?:\d+,[ \t]+)?(?:who[ \t]+(?:is|was)[ \t]+(?:(?:the|a|an)[ \t]+)?|(?:the|a|an)[ \t]+)(?:[\p{{L}}'’-]+[ \t]+){{0,3}}?(?<role>\p{{Ll}}[\p{{L}}-]+)(?=[ \t]*(?:[,.;]|$)|[ \t]+(?:of|at|for|in|from|with|who|and|to|on)\b)"))
            expected.Add(m.Groups["role"].Value);
        Assert.Equal(expected.Order(), new TitleHolderScanner(TitledText).RolesOf(surname).Order());
    }

    [Fact]
    public void A_long_text_gives_the_roles_written_after_a_surname_and_before_it()
    {
        var roles = new TitleHolderScanner(TitledText).RolesOf("Whitlow");
        Assert.Contains("mayor", roles);
        Assert.Contains("treasurer", roles);
        // a role at the end of a line that goes on is not one (the regex's $ is the end of the text)
        Assert.DoesNotContain("clerk", roles);
        Assert.Contains("governor", new TitleHolderScanner(TitledText).RolesOf("Okafor"));
    }

    // Given names before surnames: initials, a nickname in quotes, a hyphenated given name and surname, tabs, a surname after a line
    // break or inside a word, one name run into the next ("Ann Lee Lee"), a short and a long text.
    private const string GivenNamePattern = @"(?:(?<![\p{L}\p{N}_'’-])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?:[ \t]+\p{Lu}\.)?|[""“](\p{Lu}\p{Ll}+)[""”])[ \t]+";

    private static readonly string NamesText = string.Concat(Enumerable.Range(0, TextWords.MinLength / 120 + 1).Select(i =>
        $"Tiago Mendes met Loretta E. Lynch and Robert C. “Bobby” Scott on day {i}. Jean-Marc Mendes,\tAnn\tMendes-Ruiz and Ann Lee Lee\n" +
        (i % 4 == 0 ? "Mendes said. \"Dana\" Lynch, MacScott and Ann Lee-Smith left.\n" : $"Then Mendes and Pat Scott spoke {i} times.\n") +
        (i % 7 == 0 ? "Later the  Brave  Old Ann  J.  Lee and Rose \t Lee wrote.\n" : "")));

    [Theory]
    [InlineData("Mendes", false)]
    [InlineData("Lynch", false)]
    [InlineData("Scott", false)]
    [InlineData("Lee", false)]
    [InlineData("Mendes", true)]
    [InlineData("Lee", true)]
    [InlineData("Quarry", true)]
    public void Tries_in_the_runs_before_a_surname_give_the_matches_of_the_whole_text(string surname, bool shortText)
    {
        var text = shortText ? NamesText[..400] : NamesText;
        Assert.Equal(shortText, text.Length < TextWords.MinLength);
        var tail = Regex.Escape(surname) + @"\b(?!-\p{L})";
        var expected = Regex.Matches(text, GivenNamePattern + tail).Select(m => (m.Index, m.Value, m.Groups[1].Value, m.Groups[2].Value)).ToList();
        // tried in the whole run, and within the two runs of spaces or tabs a given name and an initial hold at most
        foreach (var gaps in new[] { int.MaxValue, 2 })
        {
            var found = NameOccurrences.OpeningInRunsBefore(text, new Regex(@"\G(?:" + GivenNamePattern + tail + ")"), NameOccurrences.AfterSpaceOrTab(text, surname),
                c => char.IsLetter(c) || c is '-' or '.' or ' ' or '\t' or '"' or '“' or '”', gaps);
            Assert.Equal(expected, found.Select(m => (m.Index, m.Value, m.Groups[1].Value, m.Groups[2].Value)));
        }
        Assert.Equal(surname == "Quarry", expected.Count == 0);
    }

    [Fact]
    public void A_surname_is_given_the_full_names_the_text_writes()
    {
        var names = new FirstNameScanner(NamesText);
        Assert.Equal(["Loretta E. Lynch", "Dana Lynch"], names.FullNamesBefore("Lynch", NamesText.Length, 0, 0));
        Assert.DoesNotContain("Ann Mendes", names.FullNamesBefore("Mendes", NamesText.Length, 0, 0));
        Assert.Equal(["Bobby Scott", "Pat Scott"], names.FullNamesBefore("Scott", NamesText.Length, 0, 0));
    }
}
