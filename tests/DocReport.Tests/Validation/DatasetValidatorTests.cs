using DocReport.Model;
using DocReport.Validation;
using static DocReport.Tests.Validation.DatasetFixture;

namespace DocReport.Tests.Validation;

public class DatasetValidatorTests
{
    private static IReadOnlyList<ValidationIssue> Validate(ArticleDataset dataset) => new DatasetValidator().Validate(dataset);

    /// <summary>The one issue with <paramref name="code"/>, checked for its location, severity and a message naming the path.</summary>
    private static ValidationIssue Single(ArticleDataset dataset, string code, string location, Severity severity = Severity.Error)
    {
        var issues = Validate(dataset);
        var issue = Assert.Single(issues, i => i.Code == code);
        Assert.Equal(location, issue.Location);
        Assert.Equal(severity, issue.Severity);
        Assert.StartsWith(location + ":", issue.Message);
        return issue;
    }

    private static ArticleDataset WithParagraph(ArticleDataset dataset, int index, Func<Paragraph, Paragraph> change) =>
        dataset with { Paragraphs = dataset.Paragraphs.Select((p, i) => i == index ? change(p) : p).ToList() };

    private static ArticleDataset WithSentence(ArticleDataset dataset, int paragraph, int sentence, Func<Sentence, Sentence> change) =>
        WithParagraph(dataset, paragraph, p => p with { Sentences = p.Sentences.Select((s, i) => i == sentence ? change(s) : s).ToList() });

    [Fact]
    public void A_sound_dataset_has_no_findings()
    {
        Assert.Empty(Validate(Valid()));
    }

    [Fact]
    public void A_missing_title_is_an_error()
    {
        var dataset = Valid() with { Document = Valid().Document with { Title = " " } };
        Single(dataset, ValidationCodes.TitleMissing, "Document.Title");
    }

    [Fact]
    public void No_paragraphs_is_an_error_and_not_also_a_short_article()
    {
        var dataset = Laid("Council Approves New Budget");

        Single(dataset, ValidationCodes.ParagraphsMissing, "Paragraphs");
        Assert.DoesNotContain(Validate(dataset), i => i.Code == ValidationCodes.ArticleShort);
    }

    [Fact]
    public void Paragraph_offsets_that_slice_other_text_are_an_error()
    {
        var dataset = WithParagraph(Valid(), 1, p => p with { Start = p.Start + 1, End = p.End + 1 });

        var issue = Single(dataset, ValidationCodes.OffsetsTextMismatch, "Paragraphs[1].Text");
        Assert.Contains("pposition members", issue.Message);
    }

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(20, 10)]
    [InlineData(0, 100_000)]
    public void Sentence_offsets_outside_the_text_are_an_error(int start, int end)
    {
        var dataset = WithSentence(Valid(), 0, 1, s => s with { Start = start, End = end });

        Single(dataset, ValidationCodes.OffsetsOutOfRange, "Paragraphs[0].Sentences[1].Start");
        Assert.DoesNotContain(Validate(dataset), i => i.Code == ValidationCodes.OffsetsTextMismatch);
    }

    [Fact]
    public void A_sentence_outside_its_paragraph_is_an_error()
    {
        var valid = Valid();
        var stray = valid.Paragraphs[1].Sentences[0] with { Id = "P1.S3" };
        var dataset = WithParagraph(valid, 0, p => p with { Sentences = [.. p.Sentences, stray] });

        Single(dataset, ValidationCodes.SentenceOutsideParagraph, "Paragraphs[0].Sentences[2].Start");
    }

    [Fact]
    public void Claim_references_to_missing_records_are_errors()
    {
        var valid = Valid();
        var dataset = valid with { Claims = [valid.Claims[0] with { SentenceId = "P9.S1", ParagraphId = "P9", SourceIds = ["S1", "S7"] }] };

        Single(dataset, ValidationCodes.ClaimSentenceMissing, "Claims[0].SentenceId");
        Single(dataset, ValidationCodes.ClaimParagraphMissing, "Claims[0].ParagraphId");
        var issue = Single(dataset, ValidationCodes.ClaimSourceMissing, "Claims[0].SourceIds[1]");
        Assert.Contains("'S7'", issue.Message);
    }

    [Fact]
    public void Claim_and_evidence_offsets_must_slice_the_text()
    {
        var valid = Valid();
        var claim = valid.Claims[0];
        var dataset = valid with
        {
            Claims = [claim with { End = claim.End - 1, Evidence = [claim.Evidence[0] with { Text = "13 per cent" }] }],
        };

        var locations = Validate(dataset).Where(i => i.Code == ValidationCodes.OffsetsTextMismatch).Select(i => i.Location);
        Assert.Equal(["Claims[0].Text", "Claims[0].Evidence[0].Text"], locations);
    }

    [Fact]
    public void Attribution_references_and_spans_are_checked()
    {
        var valid = Valid();
        var attribution = valid.Attributions[0];
        var dataset = valid with
        {
            Attributions = [attribution with { SentenceId = "P4.S1", SourceId = "S2", Cue = attribution.Cue with { Start = attribution.Cue.Start + 1 } }],
        };

        Single(dataset, ValidationCodes.AttributionSentenceMissing, "Attributions[0].SentenceId");
        Single(dataset, ValidationCodes.AttributionSourceMissing, "Attributions[0].SourceId");
        Single(dataset, ValidationCodes.OffsetsTextMismatch, "Attributions[0].Cue.Text");
    }

    [Fact]
    public void An_unresolved_attribution_is_allowed()
    {
        var valid = Valid();
        Assert.Empty(Validate(valid with { Attributions = [valid.Attributions[0] with { SourceId = null }] }));
    }

    [Fact]
    public void A_belief_naming_a_source_is_an_error_and_one_naming_none_is_valid()
    {
        var valid = Valid();
        var belief = valid.Attributions[0] with { Kind = AttributionKind.Belief };
        Single(valid with { Attributions = [belief] }, ValidationCodes.AttributionBeliefSourced, "Attributions[0].SourceId");
        Assert.Empty(Validate(valid with { Attributions = [belief with { SourceId = null }] }));
    }

    [Fact]
    public void A_source_listing_a_missing_claim_is_an_error()
    {
        var valid = Valid();
        var dataset = valid with { Sources = [valid.Sources[0] with { ClaimIds = ["C1", "C5"] }] };

        Single(dataset, ValidationCodes.SourceClaimMissing, "Sources[0].ClaimIds[1]");
    }

    public static TheoryData<string, string> Duplicates => new()
    {
        { "paragraph", "Paragraphs[1].Id" },
        { "sentence", "Paragraphs[2].Sentences[0].Id" },
        { "claim", "Claims[1].Id" },
        { "attribution", "Attributions[1].Id" },
        { "source", "Sources[1].Id" },
    };

    [Theory]
    [MemberData(nameof(Duplicates))]
    public void Duplicate_identifiers_are_errors_at_the_repeat(string kind, string location)
    {
        var valid = Valid();
        var dataset = kind switch
        {
            "paragraph" => WithParagraph(valid, 1, p => p with { Id = "P1" }),
            "sentence" => WithSentence(valid, 2, 0, s => s with { Id = "P1.S1" }),
            "claim" => valid with { Claims = [valid.Claims[0], valid.Claims[0] with { Score = 0.5 }] },
            "attribution" => valid with { Attributions = [valid.Attributions[0], valid.Attributions[0] with { SourceId = null }] },
            _ => valid with { Sources = [valid.Sources[0], valid.Sources[0] with { Name = "Mayor" }] },
        };

        var issue = Single(dataset, ValidationCodes.DuplicateId, location);
        Assert.Contains("is used more than once", issue.Message);
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void Scores_outside_zero_to_one_are_errors(double score)
    {
        var valid = Valid();
        var dataset = WithSentence(valid with { Claims = [valid.Claims[0] with { Score = score }] }, 0, 0, s => s with { Score = score });

        var issues = Validate(dataset).Where(i => i.Code == ValidationCodes.ScoreOutOfRange).Select(i => i.Location);
        Assert.Equal(["Paragraphs[0].Sentences[0].Score", "Claims[0].Score"], issues);
    }

    [Fact]
    public void A_very_short_article_is_a_warning()
    {
        Single(Laid("Council Approves New Budget", Body[0]), ValidationCodes.ArticleShort, "Text", Severity.Warning);
    }

    [Fact]
    public void An_article_of_one_word_is_counted_in_the_singular()
    {
        var issue = Single(Laid("Ferries", ["Cancelled."]), ValidationCodes.ArticleShort, "Text", Severity.Warning);
        Assert.Contains("the article has 1 word, fewer than", issue.Message);
    }

    [Fact]
    public void Chinese_text_counts_each_character_as_a_word_so_a_full_article_is_not_short()
    {
        var paragraph = string.Concat(Enumerable.Repeat("宇航员在太空中喝酒会怎么样后果很严重。", 6));
        Assert.DoesNotContain(Validate(Laid("宇航员在太空中", [paragraph])), i => i.Code == ValidationCodes.ArticleShort);
    }

    [Fact]
    public void An_article_not_in_english_is_a_warning_that_names_its_declared_language()
    {
        string[][] french =
        [
            ["Le conseil municipal a voté mardi soir un budget de douze millions d'euros pour la rénovation des écoles du quartier nord."],
            ["Selon la maire, les travaux commenceront au printemps et dureront deux ans, malgré les critiques de l'opposition."],
            ["Les parents d'élèves demandent depuis longtemps des classes mieux chauffées et des cantines plus grandes."],
        ];
        var dataset = Laid("Un budget pour les écoles", french);
        dataset = dataset with { Document = dataset.Document with { Language = "fr" } };

        var issue = Single(dataset, ValidationCodes.NotEnglish, "Text", Severity.Warning);
        Assert.Contains("declares French ('fr')", issue.Message);
    }

    [Fact]
    public void A_japanese_article_without_spaces_is_long_enough_to_be_told_not_english()
    {
        string[][] japanese =
        [
            ["市議会は火曜日、市内のバスの新しい時刻表を承認した。"],
            ["議長によると、新しい時刻表は来月から使われる。"],
            ["朝の便は増えるが、夜の便は少し減ることになる。"],
        ];
        var dataset = Laid("市議会がバスの時刻表を承認", japanese);

        var issue = Single(dataset, ValidationCodes.NotEnglish, "Text", Severity.Warning);
        Assert.Contains("each Han, kana or Hangul character counted as one", issue.Message);
    }

    [Fact]
    public void An_english_article_quoting_a_few_chinese_characters_stays_english()
    {
        var dataset = Laid("Council Approves New Budget", [.. Body, ["The plan's name on the posters, 公交新计划, means new bus plan."]]);
        Assert.DoesNotContain(Validate(dataset), i => i.Code == ValidationCodes.NotEnglish);
    }

    [Fact]
    public void A_french_article_naming_one_chinese_word_is_told_not_english_without_the_character_count_note()
    {
        string[][] french =
        [
            ["Le conseil municipal a approuvé mardi les nouveaux horaires des bus de la ville."],
            ["Selon la présidente, les horaires entreront en vigueur le mois prochain et le service du soir sera réduit."],
            ["Le projet, appelé 公交 dans la presse locale, a coûté deux millions d'euros aux contribuables de la région."],
        ];
        var issue = Single(Laid("Les bus changent d'horaires", french), ValidationCodes.NotEnglish, "Text", Severity.Warning);
        Assert.DoesNotContain("counted as one", issue.Message);
    }

    [Fact]
    public void An_english_article_is_not_taken_for_another_language_whatever_it_declares()
    {
        var dataset = Laid("Council Approves New Budget", Body);
        dataset = dataset with { Document = dataset.Document with { Language = "de" } };
        Assert.DoesNotContain(Validate(dataset), i => i.Code == ValidationCodes.NotEnglish);
    }

    [Fact]
    public void A_paragraph_over_400_words_is_a_warning()
    {
        var longSentence = string.Join(' ', Enumerable.Repeat("word", 401)) + ".";
        var issue = Single(Laid("Council Approves New Budget", [.. Body, [longSentence]]), ValidationCodes.ParagraphLong, "Paragraphs[3].Text", Severity.Warning);
        Assert.Contains("401 words", issue.Message);
    }

    [Fact]
    public void Page_furniture_left_in_a_paragraph_is_a_warning()
    {
        var dataset = Laid("Council Approves New Budget", Body[0], [.. Body[1], "Share this article"], Body[2]);

        var issue = Single(dataset, ValidationCodes.FurnitureLeftover, "Paragraphs[1].Text", Severity.Warning);
        Assert.Contains("Share this article", issue.Message);
    }

    [Fact]
    public void Replacement_characters_are_a_warning_with_their_count_and_first_place()
    {
        var body = Body.Select(p => p.ToArray()).ToArray();
        body[1][1] = "They pointed to two earlier budgets \uFFFD that had ended the year with large gaps \uFFFD.";

        var issue = Single(Laid("Council Approves New Budget", body), ValidationCodes.ReplacementCharacters, "Text", Severity.Warning);
        Assert.Contains("2 U+FFFD", issue.Message);
        Assert.Contains("Paragraphs[1]", issue.Message);
    }

    [Theory]
    [InlineData("Skip to main content", ValidationCodes.TitleFurniture)]
    [InlineData("Council approves a budget that raises school spending by twelve per cent after a long debate in which members of the opposition argued that the forecasts were far too optimistic for the city", ValidationCodes.TitleLong)]
    public void A_title_that_is_not_a_headline_is_a_warning(string title, string code)
    {
        Single(Laid(title, Body), code, "Document.Title", Severity.Warning);
    }
}
