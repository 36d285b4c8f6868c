namespace DocReport.Tests.Reading.Html;

public class InvisibleCharactersTests
{
    private const string Story = "<p>Der Ausschuss hörte, wie die Fähren, der Fischmarkt und die Kais über einen harten Winter gekommen sind, und was die Gemeinde vor der nächsten Sturmsaison am Wellenbrecher plant.</p><p>Schiffer berichteten, der Nordkai sei seit Oktober elfmal überflutet worden, doppelt so oft wie im Jahr davor.</p>";

    private static Model.RawDocument Read(string head, string body) =>
        Reader.ReadOk("page.html", $"<!DOCTYPE html><html lang=\"de\"><head><title>Hafen&shy;aus&shy;schuss tagt</title>{head}</head><body>{body}</body></html>");

    [Fact]
    public void Soft_hyphens_inside_words_leave_the_title_and_the_authors_whole()
    {
        var document = Read("""<meta name="author" content="Ma&shy;ria Mül&shy;ler">""", $"<article>{Story}</article>");
        Assert.Equal("Hafenausschuss tagt", document.Metadata.Title);
        Assert.Equal(["Maria Müller"], document.Metadata.Authors);
    }

    [Fact]
    public void A_hyphenated_date_under_the_title_is_still_read() =>
        Assert.Equal("2022-09-12", Read("", $"<article><h1>Hafen&shy;aus&shy;schuss tagt</h1><p class=\"date\">12. Sep&shy;tem&shy;ber 2022</p>{Story}</article>").Metadata.Published);

    [Fact]
    public void A_hyphenated_kicker_that_repeats_a_menu_link_goes()
    {
        var text = string.Join("\n", Reader.Texts(Read("",
            $"<nav><a href=\"/umwelt\">Umwelt</a> <a href=\"/verkehr\">Verkehr</a></nav><article><p>Ver&shy;kehr</p>{Story}</article>")));
        Assert.Contains("Nordkai", text);
        Assert.DoesNotContain("Ver\u00ADkehr", text);
        Assert.DoesNotContain("Verkehr", text);
    }
}
