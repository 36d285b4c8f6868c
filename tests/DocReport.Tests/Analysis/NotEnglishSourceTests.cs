namespace DocReport.Tests.Analysis;

/// <summary>
/// In a text not in English (the share EnglishShare measures) a capitalised label or noun before a colon is no source: a
/// one-word source no list knows, and no name of a full personal name the text cites, is not listed and links no claim; its
/// attribution keeps its spans, as an unresolved speaker's.
/// </summary>
public class NotEnglishSourceTests
{
    // A made-up German page: a label line ("Tipp:") whose word the text also writes inside a sentence, "nach dem Motto:", a
    // full name then her surname's turn, an outlet's quoted line.
    private static readonly string[] German =
    [
        "Wer ein Auto least, zahlt jeden Monat eine feste Rate an den Händler. Ein guter Tipp für Sparer ist der Vergleich mehrerer Angebote im Netz, weil die Raten stark schwanken.",
        "Tipp: „Wer früh vergleicht, spart bei der Rate oft mehrere hundert Euro im Jahr.“",
        "Viele Händler werben nach dem Motto: „Heute fahren, später zahlen.“",
        "Hanna Lindqvist, Beraterin bei einer Verbraucherzentrale, sieht das kritisch. Lindqvist: „Die meisten Verträge laufen drei Jahre, danach geben die Kunden das Fahrzeug zurück.“",
        "Reuters: „Die Zahl der neuen Leasingverträge ist im vergangenen Jahr deutlich gestiegen.“",
    ];

    [Fact]
    public void A_label_line_is_no_source_in_a_German_text()
    {
        var dataset = Analyzed.Of(German);
        Assert.DoesNotContain(dataset.Sources, s => s.Name is "Tipp" or "Motto");
        Assert.Contains(dataset.Attributions, a => a.Source.Text == "Tipp" && a.SourceId is null);
        Assert.Empty(dataset.SpeakersOf("früh vergleicht"));
        Assert.Empty(dataset.SpeakersOf("später zahlen"));
        Assert.Empty(dataset.ClaimContaining("früh vergleicht").SourceIds);
    }

    [Fact]
    public void A_full_name_turn_by_its_surname_is_still_listed()
    {
        var dataset = Analyzed.Of(German);
        Assert.Equal(["Hanna Lindqvist"], dataset.SpeakersOf("drei Jahre"));
    }

    [Fact]
    public void A_known_outlet_is_still_listed()
    {
        var dataset = Analyzed.Of(German);
        Assert.Equal(["Reuters"], dataset.SpeakersOf("Leasingverträge"));
        Assert.Equal(["Reuters"], dataset.SourceNamesOf(dataset.ClaimContaining("Leasingverträge")));
    }

    [Fact]
    public void A_Spanish_label_line_is_no_source()
    {
        var dataset = Analyzed.Of(
            "El club presentó ayer a su nuevo entrenador ante los aficionados, que llenaron la sala de prensa del estadio municipal. La Hora del primer entrenamiento todavía no se conoce.",
            "Hora: «Los jugadores se reunirán el sábado a las ocho para el primer entrenamiento de la temporada».",
            "El entrenador llegó con el Lema de siempre. Lema: «Con trabajo y humildad vamos a pelear por el campeonato desde el primer partido».");
        Assert.Empty(dataset.Sources);
        Assert.Contains(dataset.Attributions, a => a.Source.Text == "Hora" && a.SourceId is null);
    }

    [Fact]
    public void A_surname_cited_in_brackets_with_its_year_is_still_listed()
    {
        var dataset = Analyzed.Of(
            "Immer mehr Beschäftigte wechseln ihre Stelle, ohne eine neue in Aussicht zu haben. Die Zahl solcher Wechsel hat sich binnen fünf Jahren fast verdoppelt (Hallberg, 2021).",
            "Die wenigsten Menschen fühlen sich von ihren Führungskräften in ihren Stärken gesehen, und viele denken deshalb über einen Wechsel nach.");
        Assert.Equal(["Hallberg"], dataset.SpeakersOf("fast verdoppelt"));
    }

    // The rule is for texts not in English only: the same lines in English are read as before (English labels are another
    // matter, left to the English rules; this test is to change with them)
    [Fact]
    public void An_English_text_is_read_as_before()
    {
        var dataset = Analyzed.Of(
            "Anyone who leases a car pays a fixed rate to the dealer every month. A good Tip for savers is to compare several offers online, because the rates vary widely.",
            "Tip: “Whoever compares early often saves several hundred pounds a year on the rate.”");
        Assert.Equal(["Tip"], dataset.SpeakersOf("compares early"));
    }
}
