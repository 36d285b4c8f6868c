using DocReport.Analysis;
using DocReport.Model;
using DocReport.Pipeline;
using DocReport.Tests.Analysis;

namespace DocReport.Tests.Analysis.Attributions;

public class InterviewAnswersTests
{
    private static readonly string[] LockKeeper =
    [
        "Ten minutes with a lock keeper",
        "We spoke with Marta Lindqvist, who has kept the river lock at Hallby for twenty years, about boats, floods and winters.",
        "How did you come to the lock?",
        "I grew up two houses from it. The gates were always there when we walked to school.",
        "My father kept them before me, and the job passed to me when his knees gave out.",
        "What is the hardest part of your week?",
        "The spring floods. The river rises faster than the gates open, and I sleep in the hut for days.",
        "Do you ever think of leaving?",
        "Every winter, for about an hour. Then the first barge of the year comes through and I forget it.",
        "What would you tell someone taking over from you?",
        "Learn the river before the machines. The machines are the easy part.",
    ];

    [Fact]
    public void Unlabelled_answers_are_the_speech_of_the_one_person_the_lead_names()
    {
        var dataset = Analyzed.Of(LockKeeper);
        var lindqvist = dataset.SourceNamed("Marta Lindqvist").Name;
        Assert.Equal([lindqvist], dataset.SpeakersOf("I grew up two houses from it"));
        Assert.Equal([lindqvist], dataset.SpeakersOf("the job passed to me"));
        Assert.Equal([lindqvist], dataset.SpeakersOf("The river rises faster"));
        Assert.Equal([lindqvist], dataset.SpeakersOf("The machines are the easy part"));
        Assert.Empty(dataset.SpeakersOf("What is the hardest part of your week?"));
        Assert.Empty(dataset.SpeakersOf("We spoke with Marta Lindqvist"));
    }

    // the questions as headings, the interviewee named in the title only; a list after the last answer (links to more) and a
    // paragraph naming her are the writer's
    [Fact]
    public void Questions_set_as_headings_and_a_name_in_the_title_are_read_too()
    {
        var article = ArticleFixture.Build(
            "Every spring we sit down with someone who keeps the waterways running.",
            "I grew up two houses from the lock. My father kept it before me.",
            "The spring floods. I sleep in the hut for days.",
            "Every winter, for about an hour. Then the first barge comes through.",
            "Learn the river before the machines.",
            "The weir at Norrby runs two night shifts through the whole of the flood season.",
            "Marta Lindqvist has kept the lock at Hallby since 2004 and lives in the lock house.");
        string?[] sections = [null, "How did you come to the lock?", "What is the hardest part of your week?", "Do you ever think of leaving?",
            "What would you tell someone taking over from you?", "What would you tell someone taking over from you?", "What would you tell someone taking over from you?"];
        BlockKind[] kinds = [.. Enumerable.Repeat(BlockKind.Paragraph, 5), BlockKind.ListItem, BlockKind.Paragraph];
        article = article with
        {
            Document = article.Document with { Title = "Leader spotlight: Marta Lindqvist" },
            Paragraphs = article.Paragraphs.Select((p, i) => p with { Section = sections[i], Kind = kinds[i] }).ToList(),
        };
        var dataset = new ArticleAnalyzer(new PipelineOptions { ClaimThreshold = 0 }).Analyze(article);
        Assert.Equal(["Marta Lindqvist"], dataset.SpeakersOf("My father kept it before me"));
        Assert.Equal(["Marta Lindqvist"], dataset.SpeakersOf("I sleep in the hut"));
        Assert.Equal(["Marta Lindqvist"], dataset.SpeakersOf("Learn the river"));
        Assert.Empty(dataset.SpeakersOf("The weir at Norrby"));
        Assert.Empty(dataset.SpeakersOf("lives in the lock house"));
    }

    // "Q:" and "A:" name nobody, but the title and the lead that opens with its one person tell who answers; the reporters the lead
    // names after her ask; a labelled question need not end in "?", and an answer may ask something itself
    [Fact]
    public void Answers_labelled_A_are_the_person_the_title_names_and_the_lead_opens_with()
    {
        var article = ArticleFixture.Build(
            "Minister Hanna Kovac spent Monday at the new ferry terminal, then spoke with our reporters Jonas Berg and Lena Holm on the way back.",
            "Q: You have promised cheaper ferries for two years now.",
            "A: And the fares fell this spring. Slower than I wanted, I admit.",
            "Q: Will the night crossings come back?",
            "A: Yes, in June. Why did they stop? Because the crews were short.",
            "We hired forty people last year to fix that.",
            "Q: What do you say to the islanders who feel forgotten?",
            "A: That I hear them, and that my office is on the island every Friday.");
        article = article with { Document = article.Document with { Title = "Q&A with Minister Hanna Kovac" } };
        var dataset = new ArticleAnalyzer(new PipelineOptions { ClaimThreshold = 0 }).Analyze(article);
        var kovac = dataset.SourceNamed("Hanna Kovac").Name;
        Assert.Equal([kovac], dataset.SpeakersOf("And the fares fell this spring"));
        Assert.Equal([kovac], dataset.SpeakersOf("Because the crews were short"));
        Assert.Equal([kovac], dataset.SpeakersOf("We hired forty people"));
        Assert.Equal([kovac], dataset.SpeakersOf("my office is on the island"));
        Assert.Empty(dataset.SpeakersOf("Will the night crossings come back?"));
    }

    // answers labelled "A:" after questions whose label ran into them ("QLast year you ..."): the paragraph before an answer asks
    [Fact]
    public void Where_only_answers_are_labelled_the_paragraph_before_each_asks()
    {
        var dataset = Analyzed.Of(
            "Hanna Kovac on the ferries",
            "Minister Hanna Kovac sat down with us this week to talk about the island ferries.",
            "QLast spring you promised cheaper fares. They fell by a tenth.",
            "A: Slower than I wanted, I admit. The fuel contracts ran until March.",
            "QYou closed the night crossings. Will they come back?",
            "A: Yes, in June. We hired forty people last year to crew them.",
            "QYour ministry is far away, and many on the islands feel forgotten.",
            "A: I hear them. My office is on the island every Friday.");
        var kovac = dataset.SourceNamed("Hanna Kovac").Name;
        Assert.Equal([kovac], dataset.SpeakersOf("The fuel contracts ran until March"));
        Assert.Equal([kovac], dataset.SpeakersOf("My office is on the island"));
        Assert.Empty(dataset.SpeakersOf("They fell by a tenth"));
        Assert.Empty(dataset.SpeakersOf("many on the islands feel forgotten"));
    }

    // the title names one person and the lead opens with another: who answers is not plain
    [Fact]
    public void A_title_naming_someone_the_lead_does_not_open_with_credits_no_answer()
    {
        var article = ArticleFixture.Build(["We spoke with Marta Lindqvist, who kept the Hallby lock for twenty years under Jonas Berg.", .. LockKeeper[2..]]);
        article = article with { Document = article.Document with { Title = "Working for Jonas Berg: a lock keeper looks back" } };
        var dataset = new ArticleAnalyzer(new PipelineOptions { ClaimThreshold = 0 }).Analyze(article);
        Assert.Empty(dataset.SpeakersOf("I grew up two houses from it"));
        Assert.Empty(dataset.SpeakersOf("The machines are the easy part"));
    }

    // a FAQ answers impersonally; an explainer asks itself questions nobody puts to "you"; a lead naming two people, or two
    // questions only, leave the answers unlinked
    [Theory]
    [InlineData("Heat pumps: your questions answered", "Energy adviser Ana Ruiz has gathered readers' questions about the new grant.",
        "What does a heat pump do for you?", "A heat pump moves warmth from the air or the ground into a house.",
        "Can you get the grant if you rent your home?", "Tenants can apply with the written consent of the landlord.",
        "How long will the work keep you out of your kitchen?", "Most installations take two to three days.")]
    [InlineData("What the Hallby budget means for renters", "Mayor Ana Ruiz presented the budget on Tuesday.",
        "So what changes for renters?", "The rent cap rises by two percent, and we expect the deposit rules to stay.",
        "Who pays for the new buses?", "Our reading of the tables is that the harbour fees do.",
        "And what happens next?", "We will know more when the council votes in March.")]
    [InlineData("Two keepers, one river", "We spoke with Marta Lindqvist and Jonas Berg, who keep the locks at Hallby and Norrby.",
        "How did you come to the lock?", "I grew up two houses from it.",
        "What is the hardest part of your week?", "The spring floods. I sleep in the hut for days.",
        "Do you ever think of leaving?", "Every winter, for about an hour.")]
    [InlineData("Ten minutes with a lock keeper", "We spoke with Marta Lindqvist, who keeps the river lock at Hallby.",
        "How did you come to the lock?", "I grew up two houses from it.",
        "What is the hardest part of your week?", "The spring floods. I sleep in the hut for days.")]
    public void Pages_that_are_no_plain_interview_credit_no_answer(params string[] paragraphs)
    {
        var dataset = Analyzed.Of(paragraphs);
        foreach (var answer in paragraphs.Skip(2).Where(p => !p.EndsWith('?')))
            Assert.Empty(dataset.SpeakersOf(answer.Split('.')[0]));
    }
}
