namespace DocReport.Tests.Analysis;

/// <summary>Pronouns on real news pages: who else the text names since the speaker, and the gender the text itself gives a name.</summary>
public class PronounTests
{
    [Fact]
    public void He_after_a_known_speaker_is_named_again_by_surname_is_not_the_last_speaker()
    {
        var dataset = Analyzed.Of(
            "“The wards are full,” said Dr. Oruno Kessab, the director of the eye hospital.",
            "“The nursery needs power,” said Dr. Ilsane Vortaj, a neonatologist at the same hospital.",
            "During an interview, Kessab paused. “We cannot follow up our patients,” he said.");
        Assert.DoesNotContain("Ilsane Vortaj", dataset.SourceNamesOf(dataset.ClaimContaining("follow up our patients")));
    }

    [Fact]
    public void He_after_someone_named_in_full_earlier_opens_a_sentence_by_surname_is_not_the_last_speaker()
    {
        var dataset = Analyzed.Of(
            "In 1961, the engineer Hugo Brandt found that the pumps failed in cold weather.",
            "In the spring of 2019, the historian Karl Meier was preparing a lecture on the dam. In the report's last page, Brandt had written, \"Special thanks are due to Miss Ada Flint for the many measurements.\"",
            "\"Who is Ada Flint?\" Meier recalls thinking at the time. \"It is one of the most important reports in the history of the valley,\" he said.");
        Assert.DoesNotContain("Hugo Brandt", dataset.SourceNamesOf(dataset.ClaimContaining("most important reports")));
    }

    [Fact]
    public void A_surname_of_two_words_is_the_person_named_in_full()
    {
        var dataset = Analyzed.Of(
            "“Some women cannot reach us,” said Dr. Orvid Abu Tessam, an obstetrician.",
            "“It takes hours,” Abu Tessam said.");
        Assert.Equal(["Orvid Abu Tessam"], dataset.SourceNamesOf(dataset.ClaimContaining("takes hours")));
        Assert.Single(dataset.Sources);
    }

    [Theory]
    [InlineData("Abu Tessam said he treated one of them.", null)]
    [InlineData("Abu Tessam said she treated one of them.", "Orvid Abu Tessam")]
    public void She_is_not_a_speaker_the_text_calls_he(string gendered, string? source)
    {
        var dataset = Analyzed.Of(
            "“Some women cannot reach us,” said Dr. Orvid Abu Tessam, an obstetrician. " + gendered,
            "One of the women who fled the north was a teacher. “I was afraid,” she said.");
        var she = dataset.AttributionFrom("she");
        Assert.Equal(source, she.SourceId is null ? null : dataset.SourceOf(she).Name);
    }

    [Fact]
    public void He_after_a_son_named_in_full_with_the_same_surname_is_not_the_father()
    {
        var dataset = Analyzed.Of(
            "“The reef is dying,” says Aroha Tane, an elder of the coast.",
            "Tane and his son, Wiremu James Tane, were called in to help. Wiremu left university this year to study carving.",
            "He says the strandings get more attention than before.");
        Assert.Null(dataset.AttributionFrom("He").SourceId);
    }

    [Fact]
    public void She_is_not_someone_known_by_a_male_given_name_alone()
    {
        var dataset = Analyzed.Of(
            "“We will keep the farm,” Tobias said after the auction.",
            "“I never wanted to sell it in the first place,” she said.");
        Assert.Null(dataset.AttributionFrom("she").SourceId);
    }

    [Theory]
    [InlineData("The Appellate Court did not agree with Amazon's stance.", "Appellate Court")]
    [InlineData("The battery had burst into flames.", "Amazon")]
    public void It_after_another_body_is_named_is_not_the_last_speaker(string between, string? source)
    {
        var dataset = Analyzed.Of("Amazon argued that it was not liable for the battery.", between + " It noted that the product was stored in a warehouse.");
        var it = dataset.AttributionFrom("It");
        Assert.Equal(source, it.SourceId is null ? null : dataset.SourceOf(it).Name);
    }

    [Fact]
    public void They_after_members_of_parliament_are_named_is_not_the_body_before()
    {
        var dataset = Analyzed.Of(
            "The Treasury warned that prices will rise.",
            "MPs will vote in a crunch debate on Tuesday. They say the plan breaks the law.");
        Assert.Empty(dataset.ClaimContaining("breaks the law").SourceIds);
    }

    [Fact]
    public void He_stays_with_the_speaker_when_a_person_of_unknown_gender_is_only_spoken_of()
    {
        var dataset = Analyzed.Of(
            "Hillary Clinton told reporters that the campaign would go on.",
            "Don Fowler said he expects Clinton to recover quickly. “It is something you prepare for,” he said.");
        Assert.Equal(["Don Fowler"], dataset.SourceNamesOf(dataset.ClaimContaining("prepare for")));
    }

    [Fact]
    public void A_surname_two_people_share_tells_no_gender()
    {
        var dataset = Analyzed.Of(
            "Carmel Martin said the plan was thin. Donald Trump said he would fix it.",
            "Ivanka Trump acknowledged the problem. “The number has doubled,” she wrote.");
        Assert.Equal(["Ivanka Trump"], dataset.SourceNamesOf(dataset.ClaimContaining("has doubled")));
    }

    [Fact]
    public void She_stays_with_a_speaker_named_again_in_a_shorter_form()
    {
        var dataset = Analyzed.Of(
            "A summer associate at the firm, Loretta E. Lynch, said she was asked to present the research.",
            "Loretta Lynch said her colleague had not worked on the case.",
            "Now the attorney general, Lynch rose to prominence. “We will get there together,” she said.");
        Assert.EndsWith("Lynch", Assert.Single(dataset.SourceNamesOf(dataset.ClaimContaining("get there together"))), StringComparison.Ordinal);
    }

    [Fact]
    public void She_is_the_woman_the_sentence_before_names_when_no_source_was_named()
    {
        var dataset = Analyzed.Of(
            "The ferry resumed its crossings on Monday, the harbour office said.",
            "Ingrid Solberg has sold tickets at the pier since 2009. “Nobody believed it would come back,” she said.");
        Assert.Equal(["Ingrid Solberg"], dataset.SourceNamesOf(dataset.ClaimContaining("come back")));
    }

    [Theory]
    [InlineData("Ingrid Solberg and Petra Lund have sold tickets at the pier since 2009.")]
    [InlineData("Ingrid Solberg has sold tickets at the pier since 2009, and Alex Brandt runs the kiosk.")]
    public void She_after_two_people_who_could_be_meant_stays_unresolved(string sentence)
    {
        var dataset = Analyzed.Of(sentence + " “Nobody believed it would come back,” she said.");
        Assert.Empty(dataset.ClaimContaining("come back").SourceIds);
    }

    [Fact]
    public void He_is_not_a_person_of_unknown_given_name_the_text_calls_she()
    {
        var dataset = Analyzed.Of(
            "“The plan is fair,” Robin Talbot said. She then listed the stations that would close.",
            "“The line was never meant to carry freight,” he wrote.");
        Assert.Empty(dataset.ClaimContaining("carry freight").SourceIds);
    }

    [Fact]
    public void She_after_a_one_word_name_the_lists_do_not_know_is_not_the_speaker_before()
    {
        var dataset = Analyzed.Of(
            "Maria Lopez said the budget was late.",
            "Okonkwo said the council had not met since May. “Nobody answers the phone,” she said.");
        Assert.Empty(dataset.ClaimContaining("answers the phone").SourceIds);
    }

    [Theory]
    [InlineData("Hillary", null)]
    [InlineData("Bernie", "Bernie Talmadge")]
    public void A_given_name_most_often_borne_by_one_sex_tells_the_pronoun(string given, string? source)
    {
        var dataset = Analyzed.Of($"{given} Talmadge said the county budget was short by $4 million.", "“We will cut the road fund first,” he said.");
        var he = dataset.AttributionFrom("he");
        Assert.Equal(source, he.SourceId is null ? null : dataset.SourceOf(he).Name);
    }

    [Fact]
    public void She_is_not_a_group_of_unnamed_people()
    {
        var dataset = Analyzed.Of("Detectives said the boy had taken his mother's car.", "“It is a tragedy for the whole street,” she said.");
        Assert.Null(dataset.AttributionFrom("she").SourceId);
    }

    [Fact]
    public void One_who_was_told_something_is_no_source()
    {
        var dataset = Analyzed.Of("The boy's mother has been informed of the crash on the ring road.");
        Assert.Empty(dataset.Sources);
    }

    [Fact]
    public void He_after_someone_named_by_surname_alone_opens_a_sentence_is_not_the_last_speaker()
    {
        var dataset = Analyzed.Of(
            "In a statement, his adviser, Tomas Wexley, said: “Mara Lindqvist values a strong alliance with President Orrefeld.”",
            "Orrefeld departs for Berlin today, where he will meet the chancellor.",
            "Conceding that a deal was likely, he warned: “It is not going to happen soon.”");
        Assert.Null(dataset.AttributionFrom("he").SourceId);
    }

    [Theory]
    [InlineData("Orrefeld departs for Berlin today to meet President Orrefeld. Wexley and his son were called in to help.")]
    [InlineData("Wexley favours a new treaty; Mrs. Orrefeld seeks a narrower one, as does Orrefeld.")]
    [InlineData("Neighbouring countries have also reported talks. Reuters reported last week that the talks had stalled.")]
    public void He_after_the_speaker_is_spoken_of_again_or_after_a_titled_woman_is_the_speaker(string between)
    {
        var dataset = Analyzed.Of(
            "In a statement, his adviser, Tomas Wexley, said: “The alliance matters.”",
            between,
            "Conceding that a deal was likely, he warned: “It is not going to happen soon.”");
        Assert.Equal("Tomas Wexley", dataset.SourceOf(dataset.AttributionFrom("he")).Name);
    }

    [Fact]
    public void He_after_someone_described_and_never_named_speaks_is_not_the_last_speaker()
    {
        var dataset = Analyzed.Of(
            "Tomas Wexley, who owns the shop, said a man came in on Tuesday.",
            "“My girlfriend is trying to get an appointment,” the man could be heard saying.",
            "In the video, he says she wanted a haircut.");
        Assert.Null(dataset.AttributionFrom("he").SourceId);
    }

    [Theory]
    [InlineData("Harlan Voss told investigators that Mayor Otto Brandt had asked him to drop the audit, when he said the auditors were biased.", null)]
    [InlineData("Harlan Voss told investigators that the mayor had asked him to drop the audit, and he said the auditors were biased.", "Harlan Voss")]
    public void A_pronoun_inside_a_report_that_names_another_person_is_not_the_reporter(string sentence, string? source)
    {
        var dataset = Analyzed.Of(sentence);
        var he = dataset.AttributionFrom("he");
        Assert.Equal(source, he.SourceId is null ? null : dataset.SourceOf(he).Name);
    }

    [Fact]
    public void They_in_a_sentence_whose_subject_is_things_is_not_the_last_group_quoted()
    {
        var dataset = Analyzed.Of(
            "Researchers said the malware spreads through links in forum posts.",
            "These text messages add urgency, as they use the contact's name and tell the contact that their photos are online.");
        Assert.All(dataset.Attributions.Where(a => a.Source.Text == "they"), a => Assert.Null(a.SourceId));
    }

    [Fact]
    public void A_pronoun_after_another_source_is_spoken_of_by_whose_it_is_stays_unsure()
    {
        var dataset = Analyzed.Of(
            "“We send patients home early,” Dr. Tarsi Quell said.",
            "“The clinic has had no heating since Monday,” said nurse Margaret Fenwick.",
            "In Quell’s ward the beds are full. “We cannot keep the ward open for long,” she said.");
        Assert.Equal(["Margaret Fenwick"], dataset.SpeakersOf("no heating since Monday"));
        Assert.DoesNotContain("Margaret Fenwick", dataset.SpeakersOf("cannot keep the ward open"));
    }

    [Fact]
    public void We_outside_a_quotation_is_the_writer_not_the_last_group()
    {
        var dataset = Analyzed.Of(
            "Most volunteers said the new rota was fairer than the old one.",
            "Since then we noted a steady rise in the number of shifts taken at weekends.");
        Assert.Empty(dataset.SpeakersOf("steady rise in the number of shifts"));
    }

    [Theory]
    [InlineData("When Lund joined the project, she said the costs of the bridge would double.", "Petra Lund")]
    [InlineData("Lund has drawn three bridges since then, but she said the costs of this one would double.", "Petra Lund")]
    [InlineData("Also, Lund is no engineer, she said.", null)]
    [InlineData("When Lund joined the project, she said, the costs of the bridge were already high.", null)]
    [InlineData("When Tomas Berg met Lund last year, she said the costs of the bridge would double.", null)]
    public void She_is_the_woman_who_opens_her_own_sentence_as_its_subject(string sentence, string? source)
    {
        var dataset = Analyzed.Of(
            "“We need the new bridge before the winter,” said Greta Holm, a planner for the county.",
            "The engineer Petra Lund drew the first plans for the crossing in 2019.",
            sentence);
        var she = dataset.AttributionFrom("she");
        Assert.Equal(source, she.SourceId is null ? null : dataset.SourceOf(she).Name);
    }

    [Fact]
    public void He_is_not_the_man_named_just_before_when_a_described_person_opens_a_sentence_between()
    {
        var dataset = Analyzed.Of(
            "Her staff tell colleagues that she is committed to defeating Tom Brask in the autumn, while the campaign winds down.",
            "The Ohio senator is struggling to keep his donors on side. He insists that he will stay in the race until June.");
        Assert.Empty(dataset.SpeakersOf("stay in the race"));
    }

    [Fact]
    public void He_is_the_man_named_just_before_when_no_one_else_is_described_between()
    {
        var dataset = Analyzed.Of("Tom Brask won the county vote on Tuesday.", "He insists that he will stay in the race until June.");
        Assert.Equal(["Tom Brask"], dataset.SpeakersOf("stay in the race"));
    }
}
