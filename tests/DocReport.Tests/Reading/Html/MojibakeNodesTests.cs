using System.Text;
using DocReport.Tests.Reading;

namespace DocReport.Tests.Reading.Html;

/// <summary>Pages whose text is UTF-8 once read as Windows-1252, and pages whose declared charset is wrong.</summary>
public class MojibakeNodesTests
{
    private const string Body = "The council met on Monday to discuss the new tram line, its cost and its route through the old town. " +
        "Members agreed to publish the full study before the summer and to hold two more public hearings in the autumn.";

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private static string Broken(string text) => Windows1252.GetString(Encoding.UTF8.GetBytes(text));

    private static string Page(string charset, string title, string paragraph, string href = "/news") =>
        $"<!DOCTYPE html><html><head><meta charset=\"{charset}\"><title>{title}</title></head><body><article>" +
        $"<h1>{title}</h1><p>{paragraph} {Body}</p><p>{Body} <a href=\"{href}\">More news</a></p></article></body></html>";

    [Fact]
    public void Broken_text_of_a_page_is_repaired_and_counted_and_addresses_are_left_alone()
    {
        var html = Page("utf-8", Broken("José Peña wins"), Broken("“We won,” said José Peña."), href: "/tag/" + Broken("peña"));
        var document = Reader.ReadOk("page.html", html);
        Assert.Equal("José Peña wins", document.Metadata.Title);
        Assert.StartsWith("“We won,” said José Peña.", document.Blocks.First(b => b.Text.Contains("won")).Text);
        Assert.Contains(document.Blocks.SelectMany(b => b.Links), l => l.Url.EndsWith("/tag/" + Broken("peña"), StringComparison.Ordinal));
        Assert.True(document.RepairedCharacters >= 6);
    }

    [Fact]
    public void A_page_that_needs_no_repair_reports_none()
    {
        var document = Reader.ReadOk("page.html", Page("utf-8", "José Peña wins", "“We won,” said José Peña."));
        Assert.Equal(0, document.RepairedCharacters);
    }

    [Fact]
    public void A_page_declared_utf8_but_saved_as_windows_1252_reads_its_accents()
    {
        var bytes = Windows1252.GetBytes(Page("utf-8", "Café closes", "“It is over,” the café owner said."));
        var document = Reader.ReadOk("page.html", bytes);
        Assert.Equal("Café closes", document.Metadata.Title);
        Assert.DoesNotContain(document.Blocks, b => b.Text.Contains('\uFFFD'));
    }

    [Fact]
    public void A_page_declared_latin1_reads_curly_quotes_as_browsers_do()
    {
        var bytes = Windows1252.GetBytes(Page("iso-8859-1", "Café closes", "“It is over,” the owner said."));
        var document = Reader.ReadOk("page.html", bytes);
        Assert.Contains(document.Blocks, b => b.Text.StartsWith("“It is over,” the owner said.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_utf8_page_with_a_few_latin1_bytes_keeps_its_utf8()
    {
        var page = Page("utf-8", "Zürich votes", "Zürich votes on the tram.");
        byte[] bytes = [.. Encoding.UTF8.GetBytes(page.Replace("</body>", "<p>Gr")), 0xFC, .. Encoding.UTF8.GetBytes("n</p></body>")];
        var document = Reader.ReadOk("page.html", bytes);
        Assert.Equal("Zürich votes", document.Metadata.Title);
    }

    // Every character past ASCII written as a character reference, as some content systems save text.
    private static string AsReferences(string text) =>
        string.Concat(text.Select(c => c < 0x80 ? c.ToString() : $"&#{(int)c};"));

    [Fact]
    public void Broken_text_written_as_character_references_is_repaired()
    {
        var html = Page("utf-8", AsReferences(Broken("José Peña wins")), AsReferences(Broken("“We won,” said José Peña.")));
        Assert.DoesNotContain("Ã", html);
        var document = Reader.ReadOk("page.html", html);
        Assert.Equal("José Peña wins", document.Metadata.Title);
        Assert.StartsWith("“We won,” said José Peña.", document.Blocks.First(b => b.Text.Contains("won")).Text);
        Assert.True(document.RepairedCharacters >= 6);
    }

    [Fact]
    public void A_json_ld_script_whose_type_is_written_in_capitals_is_read_and_repaired()
    {
        var jsonLd = """<script type="application/LD+JSON">{"@context":"https://schema.org","@type":"NewsArticle","author":{"@type":"Person","name":"NAME"}}</script>"""
            .Replace("NAME", Broken("Inés Peña"));
        var html = Page("utf-8", "Tram vote", "The vote was close.").Replace("</head>", jsonLd + "</head>");
        var document = Reader.ReadOk("page.html", html);
        Assert.Equal(["Inés Peña"], document.Metadata.Authors);
    }
}
