using DocReport.Analysis.Sources;

namespace DocReport.Tests.Analysis;

/// <summary>
/// "I" after another word of a source span ("and I said" inside a quotation) is the first person, the one quoted: it names no
/// source called "I". A regnal number after a name ("Charles I") stays part of that name.
/// </summary>
public class FirstPersonSourceTests
{
    [Theory]
    [InlineData("and I")]
    [InlineData("''and I")]
    [InlineData("I")]
    public void The_first_person_names_no_one(string phrase) => Assert.Null(SourcePhrase.Parse(phrase));

    [Fact]
    public void A_regnal_number_after_a_name_stays_in_the_name() => Assert.Equal("Charles I", SourcePhrase.Parse("King Charles I")?.Name);

    [Fact]
    public void A_speaker_quoting_herself_lists_no_source_named_i()
    {
        var dataset = Analyzed.Of(
            "The harbour festival drew fewer boats than last summer.",
            "''We waited at the pier for an hour,'' Ms. Orla Venn recalled, ''and I said, 'Next year we come earlier.'.''");
        Assert.DoesNotContain(dataset.Sources, s => s.Name == "I");
        Assert.Contains(dataset.Sources, s => s.Name.Contains("Venn", StringComparison.Ordinal));
    }
}
