using DocReport.Structure;

namespace DocReport.Tests.Structure;

public class SentenceSplitterTests
{
    private static string[] Split(string text) =>
        SentenceSplitter.Default.Split(text, 0, text.Length).Select(r => text[r.Start..r.End]).ToArray();

    [Theory]
    [InlineData("One fact. Another fact.", "One fact.|Another fact.")]
    [InlineData("Is it true? Yes! It is.", "Is it true?|Yes!|It is.")]
    [InlineData("Mr. Smith met Mrs. Jones and Dr. Brown.", "Mr. Smith met Mrs. Jones and Dr. Brown.")]
    [InlineData("Prof. Li spoke at St. Paul's on Jan. 5 about item No. 7.", "Prof. Li spoke at St. Paul's on Jan. 5 about item No. 7.")]
    [InlineData("The U.S. Army and the U.K. Government met at the U.N. Security Council.", "The U.S. Army and the U.K. Government met at the U.N. Security Council.")]
    [InlineData("He moved to the U.S. The next year he left.", "He moved to the U.S.|The next year he left.")]
    [InlineData("J. K. Rowling wrote it. She was poor.", "J. K. Rowling wrote it.|She was poor.")]
    [InlineData("Growth was 3.5 per cent, or 1,200 jobs. Wages fell.", "Growth was 3.5 per cent, or 1,200 jobs.|Wages fell.")]
    [InlineData("We will wait... and see what happens. Then act.", "We will wait... and see what happens.|Then act.")]
    [InlineData("There are firms in Ukraine . . . registered with offices. Judges were bribed.", "There are firms in Ukraine . . . registered with offices.|Judges were bribed.")]
    [InlineData("The ratio stood at 13.8 percent . . . The banks said nothing.", "The ratio stood at 13.8 percent . . .|The banks said nothing.")]
    [InlineData("He said \"no.\" Then he left.", "He said \"no.\"|Then he left.")]
    [InlineData("She wrote “it is over.” Nobody answered.", "She wrote “it is over.”|Nobody answered.")]
    [InlineData("(This was known.) Later it changed.", "(This was known.)|Later it changed.")]
    [InlineData("“Why?” he asked. Nobody knew.", "“Why?” he asked.|Nobody knew.")]
    [InlineData("“Why wait until spring?” Nadia Orlov asked the mayor. Nobody knew.", "“Why wait until spring?” Nadia Orlov asked the mayor.|Nobody knew.")]
    [InlineData("\"Stop the trucks!\" Mr. Ferro shouted. They stopped.", "\"Stop the trucks!\" Mr. Ferro shouted.|They stopped.")]
    [InlineData("“Who pays?” Ferro said the council would decide.", "“Who pays?”|Ferro said the council would decide.")]
    [InlineData("Who pays? Ferro asked nobody.", "Who pays?|Ferro asked nobody.")]
    [InlineData("Ballots may be cast at 18 Dunmore Rd., Apt. 4B until noon. Then the count begins.", "Ballots may be cast at 18 Dunmore Rd., Apt. 4B until noon.|Then the count begins.")]
    [InlineData("The clinic moved to 40 Kell Ave., Ste. 210 in May. It opens at nine.", "The clinic moved to 40 Kell Ave., Ste. 210 in May.|It opens at nine.")]
    [InlineData("The office is on Kell St. The rent is low.", "The office is on Kell St.|The rent is low.")]
    [InlineData("The plan failed, said Del. Mara Quinlan of the islands. Others agreed.", "The plan failed, said Del. Mara Quinlan of the islands.|Others agreed.")]
    [InlineData("She grew up in Dover, Del. Her parents ran a shop.", "She grew up in Dover, Del.|Her parents ran a shop.")]
    [InlineData("Sens. Ana Ruiz and Tom Pell voted no, as did Reps. Joe Bell and Lin Fry.", "Sens. Ana Ruiz and Tom Pell voted no, as did Reps. Joe Bell and Lin Fry.")]
    [InlineData("Calif. Gov. Rita Lowe signed it, and Ga. Sen. Ed Moss objected. Lawmakers cheered.", "Calif. Gov. Rita Lowe signed it, and Ga. Sen. Ed Moss objected.|Lawmakers cheered.")]
    [InlineData("The board met in Eastvale, Calif. Together they voted no.", "The board met in Eastvale, Calif.|Together they voted no.")]
    [InlineData("She felt ill. Doctors came.", "She felt ill.|Doctors came.")]
    [InlineData("Supt. Lee Varga called Det. Omar Haddad and Atty. Gen. Paul Ober.", "Supt. Lee Varga called Det. Omar Haddad and Atty. Gen. Paul Ober.")]
    [InlineData("Amb. Rita Sall thanked Cpl. Ned Fane, Ald. Joe Marsh and Insp. Kay Roth.", "Amb. Rita Sall thanked Cpl. Ned Fane, Ald. Joe Marsh and Insp. Kay Roth.")]
    [InlineData("Apples, pears, etc. are sold here. Prices rose.", "Apples, pears, etc. are sold here.|Prices rose.")]
    [InlineData("Use a tool, e.g. a hammer. Or not.", "Use a tool, e.g. a hammer.|Or not.")]
    [InlineData("Apple Inc. said sales rose. Shares fell.", "Apple Inc. said sales rose.|Shares fell.")]
    [InlineData("It was 5 p.m. when they met. They talked.", "It was 5 p.m. when they met.|They talked.")]
    [InlineData("Team A vs. Team B ended 2-1. Fans cheered.", "Team A vs. Team B ended 2-1.|Fans cheered.")]
    [InlineData("The court cited Hale v. Morrow and Dunn v. Board of Regents. Both were old.", "The court cited Hale v. Morrow and Dunn v. Board of Regents.|Both were old.")]
    [InlineData("The appeal was filed as Hale v. Morrow in May. It failed.", "The appeal was filed as Hale v. Morrow in May.|It failed.")]
    [InlineData("She ranked them a, b, c and v. The list ended there.", "She ranked them a, b, c and v.|The list ended there.")]
    [InlineData("Visit example.com today. It helps.", "Visit example.com today.|It helps.")]
    [InlineData("In 2023. The year ended.", "In 2023.|The year ended.")]
    [InlineData("Really?! Yes.", "Really?!|Yes.")]
    [InlineData("No final stop here", "No final stop here")]
    [InlineData("  Padded sentence.   Next one.  ", "Padded sentence.|Next one.")]
    public void Splits_at_sentence_ends_only(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Split(text));
    }

    [Theory]
    [InlineData("今天天气很好。我们去公园吧！你来吗？好的。", "今天天气很好。|我们去公园吧！|你来吗？|好的。")]
    [InlineData("谷歌收购了该公司。 该公司位于伦敦。", "谷歌收购了该公司。|该公司位于伦敦。")]
    [InlineData("今日は晴れ｡明日は雨｡", "今日は晴れ｡|明日は雨｡")]
    [InlineData("增长了３．５％。价格下降。", "增长了３．５％。|价格下降。")]
    [InlineData("他说：“我们明天出发。”大家都同意了。", "他说：“我们明天出发。”|大家都同意了。")]
    [InlineData("（这是已知的。）后来改变了。", "（这是已知的。）|后来改变了。")]
    [InlineData("「今日は晴れです。」と彼は言った。次の日は雨だった。", "「今日は晴れです。」と彼は言った。|次の日は雨だった。")]
    [InlineData("彼は「もう無理だ。『やめる。』」と言った。そして帰った。", "彼は「もう無理だ。『やめる。』」と言った。|そして帰った。")]
    [InlineData("Trend Micro は3月9日に発表した。価格は2900円。", "Trend Micro は3月9日に発表した。|価格は2900円。")]
    public void Chinese_and_japanese_sentences_end_at_full_width_stops_with_or_without_a_space(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Split(text));

    [Theory]
    [InlineData("هل هذا صحيح؟ نعم هو كذلك.", "هل هذا صحيح؟|نعم هو كذلك.")]
    [InlineData("قالت الوزارة إن العدد ارتفع. وأضافت أن الأسعار انخفضت.", "قالت الوزارة إن العدد ارتفع.|وأضافت أن الأسعار انخفضت.")]
    [InlineData("सरकार ने नई योजना शुरू की। इसका लाभ किसानों को मिलेगा।", "सरकार ने नई योजना शुरू की।|इसका लाभ किसानों को मिलेगा।")]
    [InlineData("הממשלה הודיעה על תוכנית. השרים הסכימו.", "הממשלה הודיעה על תוכנית.|השרים הסכימו.")]
    public void Sentences_of_scripts_without_capitals_end_at_their_own_stops(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Split(text));

    [Theory]
    [InlineData("Am 12. März begann die Saison. Sie endete im Mai.", "Am 12. März begann die Saison.|Sie endete im Mai.")]
    [InlineData("Die Burg stammt aus dem 14. Jahrhundert und wurde 1820 umgebaut.", "Die Burg stammt aus dem 14. Jahrhundert und wurde 1820 umgebaut.")]
    [InlineData("Der Verein wurde zum 3. Mal Meister. Die Fans feierten.", "Der Verein wurde zum 3. Mal Meister.|Die Fans feierten.")]
    [InlineData("Die Messe läuft vom 26. bis 28. Juni (ab dem 1. Tag mit Ticket).", "Die Messe läuft vom 26. bis 28. Juni (ab dem 1. Tag mit Ticket).")]
    [InlineData("The ferry carried 212. The rest waited. She was 75. He was 80.", "The ferry carried 212.|The rest waited.|She was 75.|He was 80.")]
    [InlineData("The vote was 12. Nobody objected. Turnout rose in 2019. March was calm.", "The vote was 12.|Nobody objected.|Turnout rose in 2019.|March was calm.")]
    public void A_number_with_a_stop_before_a_month_or_counted_noun_is_an_ordinal_not_a_sentence_end(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Split(text));

    [Fact]
    public void An_unclosed_corner_bracket_keeps_the_rest_of_the_paragraph_in_one_sentence()
    {
        var text = "「" + string.Concat(Enumerable.Repeat("文。", 20000));
        Assert.Single(Split(text));
    }

    [Fact]
    public void Ranges_slice_the_text_inside_the_given_bounds()
    {
        const string text = "Intro. First here. Second here.\n\nOther.";
        var start = text.IndexOf("First", StringComparison.Ordinal);
        var end = text.IndexOf('\n');

        var ranges = SentenceSplitter.Default.Split(text, start, end);

        Assert.Equal([new TextRange(start, start + 11), new TextRange(start + 12, end)], ranges);
        Assert.Equal("Second here.", text[ranges[1].Start..ranges[1].End]);
    }

    [Fact]
    public void Empty_or_blank_text_has_no_sentences()
    {
        Assert.Empty(Split(""));
        Assert.Empty(Split("   "));
    }

    private static string[] Split(string text, string language) =>
        SentenceSplitter.For(language).Split(text, 0, text.Length).Select(r => text[r.Start..r.End]).ToArray();

    [Theory]
    [InlineData("Die Stadt zahlt ca. 50 Prozent bzw. Teile der Kosten. Der Rest folgt.", "Die Stadt zahlt ca. 50 Prozent bzw. Teile der Kosten.|Der Rest folgt.")]
    [InlineData("Gefördert mit 2,5 Mio. Euro, z. B. für Boote. Mehr folgt.", "Gefördert mit 2,5 Mio. Euro, z. B. für Boote.|Mehr folgt.")]
    [InlineData("Nach § 5 Abs. 2 gilt das. Der Hafen schließt.", "Nach § 5 Abs. 2 gilt das.|Der Hafen schließt.")]
    public void A_German_document_keeps_its_abbreviations_in_the_sentence(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Split(text, "de-AT"));
        Assert.NotEqual(expected.Split('|'), Split(text)); // the English list alone cuts them
    }

    [Fact]
    public void A_German_abbreviation_before_a_number_only_ends_its_sentence_before_a_word() =>
        Assert.Equal(["Die Fahrt dauert 40 min.", "Danach ist Pause ab min. 5 Uhr."], Split("Die Fahrt dauert 40 min. Danach ist Pause ab min. 5 Uhr.", "de"));

    [Theory]
    [InlineData("Obroty wzrosły o ok. 400 procent. To dużo.", "Obroty wzrosły o ok. 400 procent.|To dużo.")]
    [InlineData("To tzw. Nowy Port w Gdańsku. Działa od roku.", "To tzw. Nowy Port w Gdańsku.|Działa od roku.")]
    [InlineData("Stało się to w 2018 r. Premier zabrał głos.", "Stało się to w 2018 r.|Premier zabrał głos.")]
    public void A_Polish_document_keeps_its_abbreviations_in_the_sentence(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Split(text, "pl"));

    [Fact]
    public void An_English_or_undeclared_document_splits_as_before()
    {
        Assert.Same(SentenceSplitter.Default, SentenceSplitter.For("en-GB"));
        Assert.Same(SentenceSplitter.Default, SentenceSplitter.For(null));
        Assert.Same(SentenceSplitter.For("de"), SentenceSplitter.For("DE-ch"));
    }
}
