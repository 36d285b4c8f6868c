using System.Text;
using DocReport.Reading;

namespace DocReport.Tests.Reading;

public class MojibakeRepairTests
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    // What a scraper makes of UTF-8 it reads as Windows-1252.
    private static string Broken(string text) => Windows1252.GetString(Encoding.UTF8.GetBytes(text));

    [Theory]
    [InlineData("Mayor Inés Peña said the bridge will reopen.")]
    [InlineData("“We are ready,” the coach said — and meant it…")]
    [InlineData("The fare rose to €4 at the café in Zürich.")]
    [InlineData("Minister Łukasz Żółw spoke in Gdańsk on Tuesday.")]
    [InlineData("Жители города собрались на площади.")]
    public void A_line_read_as_windows_1252_is_decoded_back(string original)
    {
        var (text, repaired) = MojibakeRepair.Repair(Broken(original));
        Assert.Equal(original, text);
        Assert.True(repaired > 0);
    }

    [Fact]
    public void Text_broken_twice_is_repaired_twice()
    {
        Assert.Equal("The café opened.", MojibakeRepair.Repair(Broken(Broken("The café opened."))).Text);
    }

    [Fact]
    public void Broken_sequences_beside_correct_accents_are_decoded_where_they_stand()
    {
        var line = "Jürgen Groß met " + Broken("Peña") + " and said " + Broken("“it is done”") + ".";
        Assert.Equal("Jürgen Groß met Peña and said “it is done”.", MojibakeRepair.Repair(line).Text);
    }

    [Theory]
    [InlineData("SÃO PAULO — Prefeitura anuncia novas linhas de ônibus.")]
    [InlineData("A IRMÃ\u00A0do prefeito falou à imprensa.")]
    [InlineData("Die Straße „Am Fuß“ bleibt gesperrt.")]
    [InlineData("CAFÉ » ouvert, NOËL « fermé.")]
    [InlineData("Plain ASCII text with no accents at all.")]
    [InlineData("Ça coûte 5 € à Genève, señor.")]
    [InlineData("Ela gritou “IRMÃ” e saiu correndo.")]
    [InlineData("O bloco “SÃO JOÃO” desfila às 10h.")]
    [InlineData("Um cartaz dizia IRMÃ— e outro PAZ.")]
    public void Text_that_is_right_as_it_is_stays(string text)
    {
        Assert.Equal((text, 0), MojibakeRepair.Repair(text));
    }

    [Theory]
    [InlineData("a naÃ \u0304ve plan", "a naïve plan")]
    [InlineData("Representative RaÃol Ortiz", "Representative Raúl Ortiz")]
    [InlineData("the raison d'Ãatre of the party", "the raison d'être of the party")]
    [InlineData("a realâ€world test", "a real‐world test")]
    [InlineData("a realÃ¢€world test", "a real‐world test")]
    [InlineData("â€œDone.â€ she said", "“Done.” she said")]
    public void Damaged_forms_are_rebuilt(string broken, string expected)
    {
        Assert.Equal(expected, MojibakeRepair.Repair(broken).Text);
    }

    [Fact]
    public void Lines_keep_their_breaks()
    {
        var text = Broken("Señor Ruiz\n\nsaid “no”.\n");
        Assert.Equal("Señor Ruiz\n\nsaid “no”.\n", MojibakeRepair.Repair(text).Text);
    }

    // A capital "Ã" then a sign that is no closing punctuation is still a broken capital: "JOSÃ‰" is "JOSÉ".
    [Fact]
    public void A_broken_capital_before_a_letter_or_a_symbol_is_still_repaired()
    {
        Assert.Equal("JOSÉ RAMOS e a PRAÇA", MojibakeRepair.Repair("JOS" + Broken("É") + " RAMOS e a PRA" + Broken("Ç") + "A").Text);
    }

    [Theory]
    [InlineData("Read it at https://example.org/wiki/{0} or www.example.org/{0}, said the {0} guide.", "Read it at https://example.org/wiki/{0} or www.example.org/{0}, said the {1} guide.")]
    [InlineData("See [the {0} map](https://example.org/maps/{0}) and [this](/local/{0}).", "See [the {1} map](https://example.org/maps/{0}) and [this](/local/{0}).")]
    public void Link_addresses_are_left_as_written_and_the_text_around_them_is_repaired(string line, string expected)
    {
        var broken = Broken("Zürich");
        var (text, repaired) = MojibakeRepair.Repair(string.Format(line, broken));
        Assert.Equal(string.Format(expected, broken, "Zürich"), text);
        Assert.True(repaired > 0);
    }

    // The closing quote mark or apostrophe a broken page writes right after an address ("…/reportâ€ť,") is the sentence's,
    // not the address's: it is repaired and the address kept as written.
    [Theory]
    [InlineData("“The plan is at https://example.org/harbour-report”, the clerk said.")]
    [InlineData("‘See www.example.org/ferry’ and the board’s notes.")]
    [InlineData("He posted http://example.org/pier…, then deleted it.")]
    public void A_broken_closing_quote_mark_right_after_an_address_is_repaired(string line)
    {
        Assert.Equal(line, MojibakeRepair.Repair(Broken(line)).Text);
    }

    [Fact]
    public void A_closing_quote_mark_that_lost_its_last_byte_after_an_address_is_repaired()
    {
        var broken = Broken("“Read https://example.org/notes") + "â€ she said.";
        Assert.Equal("“Read https://example.org/notes” she said.", MojibakeRepair.Repair(broken).Text);
    }
}
