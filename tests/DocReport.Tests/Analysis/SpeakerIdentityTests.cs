using DocReport.Model;

namespace DocReport.Tests.Analysis;

/// <summary>Who a mention is on real news pages: someone's friends, a surname two people share, a pronoun the sentence names.</summary>
public class SpeakerIdentityTests
{
    [Fact]
    public void A_nationalitys_body_is_the_one_the_text_names_with_the_same_words()
    {
        var dataset = Analyzed.Of(
            "Engineers at the Korvex Space Agency built the rocket in Tromsø over four years.",
            "A supply rocket failed on Monday, the Norwegian space agency said.",
            "Korvex said the rocket had stopped sending data.");
        var agency = Assert.Single(dataset.Sources);
        Assert.Equal("Korvex", agency.Name);
        Assert.Equal(SourceKind.Government, agency.Kind);
    }

    [Fact]
    public void A_nationalitys_body_stays_apart_when_the_text_names_no_body_with_its_words()
    {
        var dataset = Analyzed.Of(
            "A supply rocket failed on Monday, the Norwegian space agency said.",
            "Korvex said the rocket had stopped sending data.");
        Assert.Equal(2, dataset.Sources.Count);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_title_before_a_given_name_the_lists_lack_is_not_the_person_of_that_given_name(bool titleFirst)
    {
        string[] farmer = ["Mr. Keegan, a cattle farmer, said the rain had kept the barns muddy.", "“We had more families than ever,” Mr. Keegan said."];
        string[] host = ["Keegan Carlson, who broadcast his show from the fairground, said the turnout showed that fairs still matter.", "Carlson said he would return next year."];
        var dataset = Analyzed.Of(titleFirst ? [.. farmer, .. host] : [.. host, .. farmer]);
        Assert.Equal(["Keegan"], dataset.SpeakersOf("more families than ever"));
        Assert.Equal(["Keegan Carlson"], dataset.SpeakersOf("return next year"));
    }

    [Fact]
    public void Someones_close_friends_are_not_that_person()
    {
        var dataset = Analyzed.Of(
            "Orla Penhallow will not attend the launch of the new ferry.",
            "Penhallow’s close friends and allies have said she wanted to stay out of the dispute.");
        Assert.DoesNotContain("Orla Penhallow", dataset.SourceNamesOf(dataset.ClaimContaining("stay out of the dispute")));
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("Penhallow"));
    }

    [Theory]
    [InlineData("A friend commented that the shop had been shut for weeks.", "unnamed friend", SourceKind.Person)]
    [InlineData("A neighbor said the dog barked all night.", "unnamed neighbor", SourceKind.Person)]
    [InlineData("Neighbors said the dog barked all night.", "unnamed neighbors", SourceKind.Person)]
    public void One_unnamed_friend_or_neighbor_is_a_person_and_many_a_group_of_people(string sentence, string name, SourceKind kind)
    {
        Assert.Equal(kind, Analyzed.Of(sentence).SourceNamed(name).Kind);
    }

    [Theory]
    [InlineData("“The quay is too short,” said Tamsin McAvoy, a spokeswoman for the harbour board.", "Tamsin McAvoy")]
    [InlineData("“We will appeal,” said Jo-Renee Vardell, a lawyer for the tenants.", "Jo-Renee Vardell")]
    public void A_name_described_as_a_person_or_written_as_one_is_a_person(string sentence, string name)
    {
        Assert.Equal(SourceKind.Person, Analyzed.Of(sentence).SourceNamed(name).Kind);
    }

    [Fact]
    public void A_surname_two_people_share_is_the_one_named_first_when_that_one_has_spoken()
    {
        var dataset = Analyzed.Of(
            "Colin Hale and his wife Marisa Hale opened the bakery in 1998.",
            "Colin Hale said the rent had doubled since then.",
            "Hale said the bakery would close in June.");
        Assert.Equal(["Colin Hale"], dataset.SourceNamesOf(dataset.ClaimContaining("close in June")));
        Assert.DoesNotContain(dataset.Sources, s => s.Name == "Hale");
    }

    [Fact]
    public void A_surname_two_people_share_is_the_only_one_named_before_it()
    {
        var dataset = Analyzed.Of(
            "Councillor Rosa Danby voted against the budget on Monday.",
            "Danby said the cuts would close three libraries.",
            "Her brother, Karl Danby, runs the largest of them.");
        Assert.Equal(["Rosa Danby"], dataset.SourceNamesOf(dataset.ClaimContaining("three libraries")));
    }

    [Fact]
    public void A_surname_two_people_share_is_no_one_when_unsure_and_is_never_given_to_the_other()
    {
        var dataset = Analyzed.Of(
            "Colin Hale and his wife Marisa Hale opened the bakery in 1998.",
            "Marisa Hale said the rent had doubled since then.",
            "Hale said the bakery would close in June.");
        Assert.Empty(dataset.ClaimContaining("close in June").SourceIds);
        Assert.DoesNotContain(dataset.Sources, s => s.Name == "Hale");
        var named = Analyzed.Of(
            "Colin Hale and his wife Marisa Hale opened the bakery in 1998.",
            "Hale said the bakery would close in June.",
            "Marisa Hale said the rent had doubled since then.");
        Assert.Equal(["Marisa Hale"], named.SourceNamesOf(named.ClaimContaining("rent had doubled")));
    }

    [Fact]
    public void A_surname_is_not_the_person_its_own_sentence_names_in_full()
    {
        var dataset = Analyzed.Of(
            "Colin Hale spoke for twenty minutes at the school fair.",
            "The crowd had come to see Marisa Hale, who runs the bakery.",
            "“Nobody works harder,” Hale said of Marisa Hale.");
        Assert.Equal(["Colin Hale"], dataset.SourceNamesOf(dataset.ClaimContaining("Nobody works harder")));
    }

    [Fact]
    public void A_pronoun_whose_quotation_the_sentence_gives_to_a_name_is_that_name()
    {
        var dataset = Analyzed.Of(
            "Gordon Rendell may be harder to ignore.",
            "After Hilary Vance accused him of bias, he warned, “If they go after me, that is fair game,” Rendell told the Courier.");
        Assert.Equal(["Gordon Rendell"], dataset.SourceNamesOf(dataset.ClaimContaining("fair game")));
    }

    private static readonly string[] AboutVolkov =
    [
        "Volkov praises the bridge builders at his news conference.",
        "President Viktor Volkov held his yearly news conference on Thursday. Mr. Volkov spoke for four hours.",
        "Mr. Volkov said the economy would grow next year. He also praised Edgar Lind, the Swedish engineer who designed the bridge.",
    ];

    [Fact]
    public void A_role_that_fits_the_person_the_article_is_about_is_that_person()
    {
        var dataset = Analyzed.Of([.. AboutVolkov, "Asked about Mr. Lind, Mr. Volkov smiled. “There is no doubt that he is a very talented man,” the Russian leader said."]);
        Assert.Equal(["Viktor Volkov"], dataset.SourceNamesOf(dataset.ClaimContaining("very talented man")));
    }

    [Fact]
    public void A_role_brought_in_as_someone_else_is_not_the_person_the_article_is_about()
    {
        var dataset = Analyzed.Of([.. AboutVolkov, "A former leader of the opposition was in the hall. “He talks too much,” the leader said."]);
        Assert.DoesNotContain("Viktor Volkov", dataset.SourceNamesOf(dataset.ClaimContaining("talks too much")));
    }

    [Fact]
    public void A_role_that_fits_no_one_sure_is_left_unresolved_not_an_unnamed_source()
    {
        var dataset = Analyzed.Of(
            "Gov. Colin Marsh and Sen. Edgar Lind meet in the last debate tonight.",
            "Marsh said the state had balanced its budget. Lind said the budget hid its debts.",
            "The candidate said he would not raise taxes.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains("candidate", StringComparison.Ordinal));
    }

    [Fact]
    public void A_subject_role_where_people_are_named_is_no_unnamed_source_beside_them()
    {
        var dataset = Analyzed.Of(
            "Ann Lee speaks to voters after the shooting",
            "Ann Lee spoke out on Tuesday about the death of Tom Reed in Tulsa.",
            "On the radio, the former secretary of state said she wanted to speak to white voters.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name.StartsWith("unnamed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_subject_role_after_only_the_person_the_headline_names_is_that_person()
    {
        var dataset = Analyzed.Of(
            "Ann Lee speaks to voters after the shooting",
            "On the radio, the former secretary of state said she wanted to speak to white voters.");
        Assert.Equal(["Ann Lee"], dataset.SourceNamesOf(dataset.ClaimContaining("white voters")));
    }

    [Fact]
    public void A_name_with_and_without_a_middle_initial_is_one_person()
    {
        var dataset = Analyzed.Of(
            "A lesson from Loretta Lynch",
            "As a young lawyer, Loretta E. Lynch said she wanted to be a prosecutor.",
            "Lynch said the job had changed her.");
        Assert.Equal("Loretta E. Lynch", Assert.Single(dataset.Sources).Name);
    }

    [Fact]
    public void A_capitalised_headline_word_before_a_surname_is_no_given_name()
    {
        var dataset = Analyzed.Of(
            "Gold Star Mom Corners Obama on Terror",
            "President Barack Obama responded to a question from a mother.",
            "Obama said that terrorists do not speak for Muslims.");
        Assert.Equal(["Barack Obama"], dataset.SourceNamesOf(dataset.ClaimContaining("do not speak for")));
    }

    [Fact]
    public void A_nickname_in_quotes_before_a_surname_names_its_bearer()
    {
        var dataset = Analyzed.Of(
            "In a tradition he has kept for 40 years, Rep. Robert C. \"Bobby\" Scott threw open his back yard for a cookout.",
            "Scott said the state needed a new senator.",
            "Sen. Tim Scott of South Carolina was not invited.",
            "Scott added that he would raise the money.");
        Assert.Equal(["Bobby Scott"], dataset.SourceNamesOf(dataset.ClaimContaining("new senator")));
        Assert.Equal(["Bobby Scott"], dataset.SourceNamesOf(dataset.ClaimContaining("raise the money")));
    }

    [Fact]
    public void An_office_named_by_surname_is_the_office_named_by_full_name_and_named_by_the_surname()
    {
        var dataset = Analyzed.Of(
            "House Speaker Paul Ryan’s office announced Friday that Ryan will meet the nominee on Thursday.",
            "Ryan’s office said in a statement that the invitation was accepted.");
        Assert.Equal("Ryan office", Assert.Single(dataset.Sources).Name);
    }

    [Fact]
    public void A_surname_two_people_share_is_the_one_the_article_is_about_named_first()
    {
        var dataset = Analyzed.Of(
            "Maria Velden opened her campaign for mayor in the old mill on Friday.",
            "Maria Velden, whose husband Peter Velden once ran the mill, smiled at the crowd. Maria Velden grew up in the town.",
            "Velden told the audience that the tram would run by 2030.");
        Assert.Equal(["Maria Velden"], dataset.SourceNamesOf(dataset.ClaimContaining("run by 2030")));
    }

    [Fact]
    public void A_surname_two_people_share_stands_alone_when_the_one_named_first_is_named_as_seldom_as_the_other()
    {
        var dataset = Analyzed.Of(
            "Maria Velden opened her campaign for mayor in the old mill on Friday. Maria Velden grew up in the town.",
            "Her husband Peter Velden once ran the mill. Peter Velden sold it in 2004.",
            "Velden told the audience that the tram would run by 2030.");
        Assert.DoesNotContain(dataset.SourceNamesOf(dataset.ClaimContaining("run by 2030")), name => name.Contains(' '));
    }

    [Fact]
    public void A_surname_after_a_given_name_the_lists_do_not_know_is_that_person()
    {
        var dataset = Analyzed.Of(
            "Kashif Odunayo opened the workshop in 2019.",
            "Odunayo said the orders had doubled since the spring.");
        var source = Assert.Single(dataset.Sources);
        Assert.Equal(("Kashif Odunayo", SourceKind.Person), (source.Name, source.Kind));
    }

    [Fact]
    public void A_surname_two_people_share_before_either_is_named_in_full_stands_alone()
    {
        var dataset = Analyzed.Of(
            "Velden told the audience that the tram would run by 2030.",
            "Maria Velden and Peter Velden ran the mill for twenty years.");
        Assert.DoesNotContain(dataset.SourceNamesOf(dataset.ClaimContaining("run by 2030")), name => name.Contains(' '));
    }

    [Fact]
    public void A_persons_campaign_is_not_the_person_even_when_an_outlet_bears_the_name()
    {
        var dataset = Analyzed.Of(
            "Candidate Jonah Bloomberg said on Monday that he would cut the transit fares by half.",
            "Bloomberg’s campaign countered that the cuts would be paid for by the new parking levy.");
        Assert.Equal(["Bloomberg campaign"], dataset.SourceNamesOf(dataset.ClaimContaining("paid for by the new parking levy")));
        Assert.Equal(["Jonah Bloomberg"], dataset.SourceNamesOf(dataset.ClaimContaining("cut the transit fares")));
    }
}
