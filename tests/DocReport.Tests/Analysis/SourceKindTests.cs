using DocReport.Model;

namespace DocReport.Tests.Analysis;

/// <summary>Kinds and names of sources whose titles, given names or body words were misread on real news pages.</summary>
public class SourceKindTests
{
    [Theory]
    [InlineData("Opposition Leader Bill Shorten said the budget was unfair to families.", "Bill Shorten")]
    [InlineData("Secretary of State Mike Pompeo said the sanctions would remain in place.", "Mike Pompeo")]
    [InlineData("House Speaker Paul Ryan said the vote would be held on Thursday.", "Paul Ryan")]
    [InlineData("Republican Maud Ellery, a former mayor of the town, told the Harbour Courier last week she would vote for the levy.", "Maud Ellery")]
    [InlineData("Parish Clerk Ivor Penhale said the hall would stay shut until the roof was mended.", "Ivor Penhale")]
    [InlineData("Democrat Rose Keel told a meeting in the chapel that the county could not afford the new road.", "Rose Keel")]
    [InlineData("Harbour County Police Detective Ilvaro Quentasa said the driver lost control on the bend.", "Ilvaro Quentasa")]
    public void A_title_before_a_given_name_and_surname_makes_a_person_named_without_it(string sentence, string person)
    {
        var source = Assert.Single(Analyzed.Of(sentence).Sources);
        Assert.Equal(person, source.Name);
        Assert.Equal(SourceKind.Person, source.Kind);
    }

    [Fact]
    public void Initials_before_a_given_name_and_surname_stay_in_the_name()
    {
        var source = Assert.Single(Analyzed.Of("JP Morgan Chase said its profits rose 12 percent in the third quarter.").Sources);
        Assert.Equal("JP Morgan Chase", source.Name);
    }

    [Theory]
    [InlineData("The House Intelligence Committee said the report was incomplete.", "House Intelligence Committee", SourceKind.Government)]
    [InlineData("The Joint Committee on Intelligence and Security said the bill needed changes.", "Joint Committee on Intelligence and Security", SourceKind.Government)]
    [InlineData("The Democratic National Committee said it had raised $20 million.", "Democratic National Committee", SourceKind.Organization)]
    [InlineData("Yahoo Finance reported that the shares fell 5 percent.", "Yahoo Finance", SourceKind.Media)]
    [InlineData("According to the Northern Wetland Fires Database, 312 fires burned in August.", "Northern Wetland Fires Database", SourceKind.Document)]
    [InlineData("A spokesperson for Sheffield University said students could ask for help.", "Sheffield University", SourceKind.Organization)]
    [InlineData("Throgs Neck resident Dennise Laboy, 55, said the push to approve the rezoning incensed her.", "Dennise Laboy", SourceKind.Person)]
    [InlineData("Relatives said that he knew the two men well.", "unnamed relatives", SourceKind.Person)]
    [InlineData("Asked about the primary, Walter said, \"We all have different viewpoints.\"", "Walter", SourceKind.Person)]
    [InlineData("Speaking in the Commons, the Conservative MP said the industry was barely able to operate.", "unnamed Conservative MP", SourceKind.Person)]
    [InlineData("Like most voters in the county, many Democrats say the new bridge tax is unfair.", "Democrats", SourceKind.Person)]
    [InlineData("Pundits said the race for the county seat was over.", "unnamed pundits", SourceKind.Person)]
    [InlineData("A campaign aide said the candidate would skip the debate in Dorwich.", "unnamed campaign aide", SourceKind.Person)]
    [InlineData("Investigators said the van had been speeding before the crash.", "unnamed investigators", SourceKind.Government)]
    [InlineData("A federal judge ordered the county to publish the ferry contracts by May.", "unnamed federal judge", SourceKind.Government)]
    [InlineData("A district judge said the harbour levy broke the town charter.", "unnamed district judge", SourceKind.Government)]
    [InlineData("Detectives said the van had been stolen a week before the crash.", "unnamed detectives", SourceKind.Government)]
    [InlineData("“Units are behind the grey van now,” said a dispatcher on the county radio.", "unnamed dispatcher", SourceKind.Person)]
    [InlineData("After the debate, many commentators said the mayor had been the calmest on the stage.", "unnamed commentators", SourceKind.Person)]
    [InlineData("Senate Republicans argued that the bill would raise prices.", "Senate Republicans", SourceKind.Person)]
    [InlineData("Demonstrators said the police fired tear gas at the crowd on Monday.", "unnamed demonstrators", SourceKind.Person)]
    [InlineData("Angry protesters said the police had fired first.", "unnamed protesters", SourceKind.Person)]
    [InlineData("Several lawmakers said the harbour levy would be dropped.", "unnamed lawmakers", SourceKind.Person)]
    [InlineData("Some experts warned that the dam could fail in a wet winter.", "unnamed experts", SourceKind.Person)]
    [InlineData("Neighbouring countries said the border would stay closed until May.", "unnamed countries", SourceKind.Government)]
    [InlineData("Local businesses said the roadworks had cut their takings by half.", "unnamed businesses", SourceKind.Organization)]
    [InlineData("Video of the incident shows officers beating a man.", "video", SourceKind.Document)]
    [InlineData("Footage posted online showed a car on fire.", "footage", SourceKind.Document)]
    [InlineData("Tests found the heater's vent had come loose.", "tests", SourceKind.Document)]
    [InlineData("On Monday, de Blasio said the city was safe.", "de Blasio", SourceKind.Person)]
    [InlineData("Mohammed bin Salman said oil prices would rise.", "Mohammed bin Salman", SourceKind.Person)]
    [InlineData("Bashar al-Assad said the war was over.", "Bashar al-Assad", SourceKind.Person)]
    [InlineData("“We will keep the tapestry here,” said Marthe des Vignes, the gallery's director, in an interview.", "Marthe des Vignes", SourceKind.Person)]
    [InlineData("Commissioner Ottilie von der Brandt stated that the fund would double by 2030.", "Ottilie von der Brandt", SourceKind.Person)]
    [InlineData("Rafael de la Fuente said the ferry would run again in June.", "Rafael de la Fuente", SourceKind.Person)]
    [InlineData("J. R. Okafor said the mill would close before winter.", "J. R. Okafor", SourceKind.Person)]
    [InlineData("T.J. Brandt said the harbour fees were too high.", "T.J. Brandt", SourceKind.Person)]
    [InlineData("According to the Ashby Clinic, most patients recover within a week.", "Ashby Clinic", SourceKind.Organization)]
    [InlineData("Harbour Online reported that the ferry was two hours late.", "Harbour Online", SourceKind.Media)]
    [InlineData("Al Qaeda claimed the attack in a statement.", "Al Qaeda", SourceKind.Organization)]
    [InlineData("Breitbart reports the two had a falling out.", "Breitbart", SourceKind.Media)]
    [InlineData("Law enforcement sources said the driver had been armed.", "unnamed law enforcement sources", SourceKind.Government)]
    [InlineData("Police sources said the driver had fled on foot.", "unnamed police sources", SourceKind.Government)]
    [InlineData("The ferry service was cancelled, news reports said.", "news reports", SourceKind.Media)]
    [InlineData("According to the Harbour Shipwreck Database, 412 wrecks lie in the bay.", "Harbour Shipwreck Database", SourceKind.Document)]
    [InlineData("The National Institute of Fisheries Research said cod stocks had fallen.", "National Institute of Fisheries Research", SourceKind.Government)]
    [InlineData("Plant-based diets are spreading fast, according to Forbes.", "Forbes", SourceKind.Media)]
    [InlineData("Sleep sets the pace of the heart, as noted by Live Science.", "Live Science", SourceKind.Media)]
    [InlineData("PolitiFact concluded that the senator's claim was mostly false.", "PolitiFact", SourceKind.Media)]
    [InlineData("The quote was never said by the poet, according to Snopes.", "Snopes", SourceKind.Media)]
    [InlineData("Harbour Citizenship and Immigration Services, the agency that runs the program, said it would vet applicants.", "Harbour Citizenship and Immigration Services", SourceKind.Government)]
    [InlineData("The Harbour Immigration Service said it would vet applicants.", "Harbour Immigration Service", SourceKind.Government)]
    [InlineData("Harbour Financial Services said it would vet applicants.", "Harbour Financial Services", SourceKind.Organization)]
    public void Kinds_come_from_body_words_outlet_lists_and_people_groups_not_from_a_given_name_or_a_capital(string sentence, string name, SourceKind kind)
    {
        Assert.Equal(kind, Analyzed.Of(sentence).SourceNamed(name).Kind);
    }

    [Fact]
    public void A_group_of_people_reported_as_people_is_no_he_for_a_later_sentence()
    {
        var dataset = Analyzed.Of("Senate Republicans argued that the bill would raise prices in every county.", "He said the vote would be close.");
        Assert.Equal(SourceKind.Person, dataset.SourceNamed("Senate Republicans").Kind);
        Assert.DoesNotContain("Senate Republicans", dataset.SpeakersOf("the vote would be close"));
    }

    [Fact]
    public void A_name_the_text_makes_an_it_is_a_body_though_a_her_follows_it()
    {
        var dataset = Analyzed.Of(
            "Greta Olsen bought a heater through Vantora, which shipped it to her in March.",
            "Vantora placed itself between the maker and the buyer, the judge found.",
            "Vantora said it was not liable for the fire.");
        Assert.Equal(SourceKind.Organization, dataset.SourceNamed("Vantora").Kind);
    }

    [Fact]
    public void A_platform_speaking_is_a_platform_and_the_company_after_it_is_the_platform_again()
    {
        var dataset = Analyzed.Of("Facebook said on Monday that it would take down the posts about the ferry.", "The company said the review would take a week.");
        Assert.Equal(SourceKind.Platform, dataset.SourceNamed("Facebook").Kind);
        Assert.Contains("Facebook", dataset.SpeakersOf("the review would take a week"));
    }

    [Fact]
    public void The_group_after_an_unnamed_post_is_not_the_post()
    {
        var dataset = Analyzed.Of(
            "A post on the forum said the tests would cost fifty euros a sample.",
            "The group promised that all profits would go to the laboratory.");
        Assert.DoesNotContain("unnamed post", dataset.SpeakersOf("all profits would go"));
    }

    [Theory]
    [InlineData("Prosecutors in Harwick and Dunmore say the firm lied about its checks.", "Prosecutors in Harwick and Dunmore", "unnamed prosecutors", SourceKind.Government)]
    [InlineData("A new report says the firm lied about its checks.", "A new report", "A new report", SourceKind.Document)]
    [InlineData("The firm lied about its checks, according to local news reports.", "local news reports", "local news reports", SourceKind.Media)]
    public void A_link_on_people_or_a_body_cites_where_they_said_it_and_a_link_on_a_document_is_the_document(string sentence, string anchor, string name, SourceKind kind)
    {
        var article = ArticleFixture.Build([sentence], [(0, anchor, "https://example.org/case")]);
        var dataset = Analyzed.Of(article);
        var source = dataset.SourceOf(Assert.Single(dataset.Attributions));
        Assert.Equal((name, kind), (source.Name, source.Kind));
    }

    [Theory]
    [InlineData("Brindle Corp said its profit rose in the quarter.", "Brindle said it would hire 200 engineers.")]
    [InlineData("Brindle said its profit rose in the quarter.", "Brindle Inc. said it would hire 200 engineers.")]
    public void A_company_named_with_and_without_its_legal_suffix_is_one_source(string first, string second)
    {
        var source = Assert.Single(Analyzed.Of(first, second).Sources);
        Assert.Equal(SourceKind.Organization, source.Kind);
    }

    [Fact]
    public void A_body_named_by_its_first_word_and_an_acronym_of_the_rest_is_the_body_named_in_full()
    {
        var dataset = Analyzed.Of("The Harwick Independent Grid Operator said the lines held.", "Harwick IGO said it would add a new line in May.");
        Assert.Equal("Harwick Independent Grid Operator", Assert.Single(dataset.Sources).Name);
    }

    [Fact]
    public void A_party_word_before_a_noun_names_no_source()
    {
        var dataset = Analyzed.Of("The Republican nominee and his aides have said that the debate will be hard.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name == "Republican");
    }

    [Fact]
    public void A_two_word_name_the_text_shortens_to_its_first_word_is_a_firm_not_a_person()
    {
        var dataset = Analyzed.Of("Goldman Sachs said profits rose in the quarter.", "Goldman has cut 300 jobs this year.");
        Assert.Equal(SourceKind.Organization, dataset.SourceNamed("Goldman Sachs").Kind);
        Assert.Equal(SourceKind.Person, Analyzed.Of("Kiki McLean said the plan would fail.", "McLean added that she was sure.").SourceNamed("Kiki McLean").Kind);
        Assert.Equal(SourceKind.Person, Analyzed.Of("Ban Ki-moon, the secretary general, vowed to speak out.", "Mr. Ban said he would.").SourceNamed("Ban Ki-moon").Kind);
    }

    [Fact]
    public void Two_people_named_together_one_with_a_hyphenated_given_name_are_two_people()
    {
        var dataset = Analyzed.Of("“He feels like he gets no respect,” Edward-Isaac Dovere and Gabriel Debenedetti wrote.");
        Assert.Equal(SourceKind.Person, dataset.SourceNamed("Edward-Isaac Dovere").Kind);
        Assert.Equal(SourceKind.Person, dataset.SourceNamed("Gabriel Debenedetti").Kind);
    }

    [Fact]
    public void A_two_letter_given_name_makes_a_person_whose_surname_alone_is_them()
    {
        var dataset = Analyzed.Of("Al Gore will skip the convention this year.", "Gore said the climate was warming faster than feared.");
        Assert.Equal(SourceKind.Person, dataset.SourceNamed("Al Gore").Kind);
    }

    [Fact]
    public void A_company_written_before_her_as_a_modifier_is_no_person()
    {
        var dataset = Analyzed.Of(
            "Veltro argued that it was not liable for the heater.",
            "The firm sent Ines Moor to the Veltro website, which showed her a listing, and shipped the heater in Veltro packaging to her.");
        Assert.Equal(SourceKind.Organization, dataset.SourceNamed("Veltro").Kind);
    }

    [Theory]
    [InlineData("Continued Stone: “So I think it’s a very real problem.”")]
    [InlineData("Stated Stone: “So I think it’s a very real problem.”")]
    public void A_reporting_verb_written_before_its_speaker_is_not_part_of_the_name(string sentence)
    {
        var dataset = Analyzed.Of("Roger Stone said the machines could be rigged.", sentence);
        Assert.Equal("Roger Stone", Assert.Single(dataset.Sources).Name);
    }

    [Fact]
    public void A_day_after_a_poll_is_not_its_source()
    {
        var dataset = Analyzed.Of("According to an online University of Texas poll out Thursday, the two candidates are tied.");
        Assert.DoesNotContain(dataset.Sources, s => s.Name == "Thursday");
        Assert.Equal(SourceKind.Document, Assert.Single(dataset.Sources).Kind);
        Assert.Equal(SourceKind.Media, Assert.Single(Analyzed.Of("USA Today reported that the two candidates are tied.").Sources).Kind);
    }

    [Theory]
    [InlineData("Brenkley said he would appeal the ruling.", SourceKind.Person)]
    [InlineData("Brenkley, 41, said the ruling would be appealed.", SourceKind.Person)]
    [InlineData("Brenkley said it would appeal the ruling.", SourceKind.Organization)]
    public void A_word_the_lists_do_not_know_used_as_a_persons_name_is_a_person(string sentence, SourceKind kind)
    {
        var source = Assert.Single(Analyzed.Of(sentence, "Brenkley told reporters the court had erred.").Sources);
        Assert.Equal(kind, source.Kind);
    }

    [Theory]
    [InlineData("Our reporters hear Brenkley told the police the ring was taken from her bag.", SourceKind.Person)]
    [InlineData("Brenkley claimed in court that his brother had kept the keys.", SourceKind.Person)]
    [InlineData("Brenkley told the police the ring was taken from its vault.", SourceKind.Organization)]
    [InlineData("Brenkley told the police that Anna Voss had lost her ring.", SourceKind.Organization)]
    public void A_word_the_lists_do_not_know_followed_in_its_sentence_by_he_or_she_is_a_person(string sentence, SourceKind kind)
    {
        var source = Analyzed.Of(sentence).Sources.Single(s => s.Name.Contains("Brenkley", StringComparison.Ordinal));
        Assert.Equal(kind, source.Kind);
    }

    [Fact]
    public void An_acronym_takes_the_kind_of_the_name_the_text_spells_it_out_as()
    {
        var dataset = Analyzed.Of(
            "The salon's owner called the Dorrant County Sheriff's Office on Tuesday.",
            "DCSO said a deputy would visit the salon.");
        Assert.Equal(SourceKind.Government, dataset.SourceNamed("DCSO").Kind);
    }

    [Fact]
    public void A_unit_spelt_out_after_its_agency_s_acronym_takes_the_agency_s_kind()
    {
        var dataset = Analyzed.Of(
            "U.S. Customs and Border Protection (CBP) Harbor Patrol Units (HPU) stopped a fishing boat off Ponce on Friday.",
            "HPU said the crew carried forged papers.");
        Assert.Equal(SourceKind.Government, dataset.SourceNamed("HPU").Kind);
    }

    [Theory]
    [InlineData("Customs and Border Protection said the trailer held 300 crates of cigarettes.", "Customs and Border Protection")]
    [InlineData("The Lakeland Coast Guard said the ferry had drifted for six hours.", "Lakeland Coast Guard")]
    public void A_border_or_coast_agency_is_government_and_stays_one_name(string sentence, string name)
    {
        var dataset = Analyzed.Of(sentence);
        var agency = Assert.Single(dataset.Sources);
        Assert.Equal((name, SourceKind.Government), (agency.Name, agency.Kind));
    }

    [Fact]
    public void A_body_s_name_and_a_coordinator_s_title_before_a_name_are_not_part_of_it()
    {
        var dataset = Analyzed.Of("\"We ran out of kennels by March,\" says Pawtrust Volunteer Coordinator Nadia Ferrell.");
        var person = Assert.Single(dataset.Sources);
        Assert.Equal(("Nadia Ferrell", SourceKind.Person), (person.Name, person.Kind));
    }

    [Fact]
    public void Police_said_in_a_story_that_cites_one_named_police_body_is_that_body()
    {
        var dataset = Analyzed.Of(
            "Harbour County Police said officers followed the car for two miles.",
            "Police said the driver was seventeen.");
        var police = Assert.Single(dataset.Sources);
        Assert.Equal("Harbour County Police", police.Name);
        Assert.Equal(2, police.Mentions);
    }

    [Theory]
    [InlineData("“It is clear that the lab helps other buyers,” fenwick88 told me.", "fenwick88")]
    [InlineData("“I am trying the new batch because of those results,” wrote forum user harlow2031.", "harlow2031")]
    [InlineData("Forum user brisk_owl77 wrote that the thief ran off at the next station.", "brisk_owl77")]
    public void A_user_s_handle_is_a_person(string sentence, string handle)
    {
        var source = Assert.Single(Analyzed.Of(sentence).Sources);
        Assert.Equal(handle, source.Name);
        Assert.Equal(SourceKind.Person, source.Kind);
    }

    [Theory]
    [InlineData("The health board's covid19 dashboard shows that admissions fell by a third in March.")]
    public void A_technical_name_with_digits_is_no_handle(string sentence) =>
        Assert.DoesNotContain(Analyzed.Of(sentence).Sources, s => s.Kind == SourceKind.Person);

    [Theory]
    [InlineData("Dana Ferrol of the Kestrel Policy Institute said the rule would cost thousands of jobs.", "Dana Ferrol")]
    [InlineData("J. Bradford Quill of the University of Wessex said the figures were sound.", "J. Bradford Quill")]
    [InlineData("Marta Lindqvale of Cheyenne said the new road would split the town in two.", "Marta Lindqvale")]
    public void A_given_name_and_surname_before_of_are_the_person_not_the_body(string sentence, string person)
    {
        var dataset = Analyzed.Of(sentence);
        Assert.Equal(SourceKind.Person, dataset.SourceNamed(person).Kind);
        Assert.DoesNotContain(dataset.Sources, s => s.Name.Contains(" of ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Bank of Albion said its profits rose in the third quarter.", "Bank of Albion")]
    [InlineData("The Dana Foundation of Merrow said the grants would go to local schools.", "Dana Foundation of Merrow")]
    public void A_body_named_with_of_keeps_its_name(string sentence, string body)
    {
        var source = Assert.Single(Analyzed.Of(sentence).Sources);
        Assert.Equal(body, source.Name);
        Assert.NotEqual(SourceKind.Person, source.Kind);
    }

    [Theory]
    [InlineData("Harbour County Sheriff Joe Lombrani said the road would reopen on Friday.", "Joe Lombrani")]
    [InlineData("Northgate News Vice President and Managing Editor Bill Sarrow said the story was accurate.", "Bill Sarrow")]
    [InlineData("United Dock Workers Secretary-Treasurer Gary Ostrell said the union would back the deal.", "Gary Ostrell")]
    public void A_role_at_a_body_the_lists_do_not_title_still_names_the_person_after_it(string sentence, string person)
    {
        var source = Assert.Single(Analyzed.Of(sentence).Sources);
        Assert.Equal(person, source.Name);
        Assert.Equal(SourceKind.Person, source.Kind);
    }

    [Fact]
    public void A_bank_named_after_a_country_and_a_firm_stays_one_body()
    {
        var source = Assert.Single(Analyzed.Of("Bank of America Merrill Lynch said the rate would rise in June.").Sources);
        Assert.Equal("Bank of America Merrill Lynch", source.Name);
        Assert.Equal(SourceKind.Organization, source.Kind);
    }

    [Theory]
    [InlineData("A federal government team said the levees would hold through the spring.", SourceKind.Government)]
    [InlineData("A government panel found that the trains were often late.", SourceKind.Government)]
    [InlineData("A research team said the levees would hold through the spring.", SourceKind.Organization)]
    public void A_body_the_words_before_its_noun_make_a_states_is_a_government_body(string sentence, SourceKind kind) =>
        Assert.Equal(kind, Assert.Single(Analyzed.Of(sentence).Sources).Kind);

    [Theory]
    [InlineData("The United Kingdom Harbour Authority said the port would close for a week.", "United Kingdom Harbour Authority", SourceKind.Government)]
    [InlineData("Harbourside United said the striker would miss the final.", "Harbourside United", SourceKind.Organization)]
    public void A_countrys_United_is_no_clubs(string sentence, string name, SourceKind kind)
    {
        var source = Assert.Single(Analyzed.Of(sentence).Sources);
        Assert.Equal(name, source.Name);
        Assert.Equal(kind, source.Kind);
    }
    // Round 30: kinds from names PolNeAR's train articles list, counted there (bench/PolnearEval/README.md, "Round 30")
    [Theory]
    [InlineData("Moscow has denied that its ships entered the strait.", "Moscow", SourceKind.Government)]
    [InlineData("Washington warned that the tariffs would stay until the talks resumed.", "Washington", SourceKind.Government)]
    [InlineData("The Bureau of Harbour Statistics said that exports fell 4 percent in May.", "Bureau of Harbour Statistics", SourceKind.Government)]
    [InlineData("The Dorwich County Board of Elections said the count would finish on Friday.", "Dorwich County Board of Elections", SourceKind.Government)]
    [InlineData("The F.B.I. said the agent had been placed on leave.", "F.B.I.", SourceKind.Government)]
    [InlineData("A Harbourview Research Poll found that 41 percent of voters backed the levy.", "Harbourview Research Poll", SourceKind.Document)]
    [InlineData("BuzzFeed reported that the staff had been told on Tuesday.", "BuzzFeed", SourceKind.Media)]
    [InlineData("“We will not wait for the caucus,” a New Hampshire Democrat said.", "New Hampshire Democrat", SourceKind.Person)]
    [InlineData("A Dorwich Republican said the caucus would be close.", "Dorwich Republican", SourceKind.Person)]
    public void A_capital_a_bureau_a_board_a_poll_an_outlet_and_one_party_member_have_their_kinds(string sentence, string name, SourceKind kind)
    {
        var source = Assert.Single(Analyzed.Of(sentence).Sources);
        Assert.Equal(name, source.Name);
        Assert.Equal(kind, source.Kind);
    }

    [Theory]
    [InlineData("The Harbour Republican Club said the dinner had been cancelled.", "Harbour Republican Club", SourceKind.Organization)]
    [InlineData("The National Bureau of Economic Research said the recession ended in June.", "National Bureau of Economic Research", SourceKind.Organization)]
    public void A_party_club_and_a_private_bureau_stay_organisations(string sentence, string name, SourceKind kind)
    {
        var source = Assert.Single(Analyzed.Of(sentence).Sources);
        Assert.Equal(name, source.Name);
        Assert.Equal(kind, source.Kind);
    }

    // Round 31: people named with a title kept in the name, typed organization on PolNeAR's train (bench/PolnearEval/README.md, "Round 31")
    [Theory]
    [InlineData("Representative Edwin T. King of Ohio said the bill would pass on Friday.", "Edwin T. King")]
    [InlineData("Dr. Marla Rae King told the panel that the clinic had run out of beds.", "Marla Rae King")]
    [InlineData("Vice President Walter R. Hensley Jr. said the talks would resume next week.", "Walter R. Hensley Jr")]
    [InlineData("Tavisha Oranmore of the Harbour Policy Institute said the levy would raise little.", "Tavisha Oranmore")]
    public void A_title_a_surname_that_is_a_title_initials_and_an_unlisted_given_name_before_a_body_make_a_person(string sentence, string person)
    {
        var source = Assert.Single(Analyzed.Of(sentence).Sources);
        Assert.Equal(person, source.Name);
        Assert.Equal(SourceKind.Person, source.Kind);
    }

    [Fact]
    public void A_body_named_with_of_stays_whole()
    {
        var source = Assert.Single(Analyzed.Of("Harbour Bank of Commerce said its profits fell 3 percent.").Sources);
        Assert.Equal("Harbour Bank of Commerce", source.Name);
        Assert.Equal(SourceKind.Organization, source.Kind);
    }
}
