namespace DocReport.Tests.Reading.Html;

public class ContentExtractorTests
{
    internal static string Sentences(string topic, int count) =>
        string.Join(" ", Enumerable.Range(1, count).Select(i => $"The {topic} inquiry, part {i}, heard how the harbour, the ferries and the fish market fared over the winter."));

    internal static string Read(string html) => string.Join("\n", Reader.Texts(Reader.ReadOk("page.html", html)));

    [Fact]
    public void A_root_element_whose_class_names_a_header_still_gives_the_article()
    {
        var text = Read($"""
            <!DOCTYPE html><html class="theme-html-header-position-top" lang="en"><head><title>Harbour inquiry</title></head>
            <body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
            <article><p>{Sentences("harbour", 3)}</p></article></body></html>
            """);
        Assert.Contains("The harbour inquiry, part 3", text);
        Assert.DoesNotContain("Sport", text);
    }

    [Fact]
    public void When_further_stories_repeat_the_article_template_the_one_under_the_title_is_read()
    {
        var text = Read($"""
            <!DOCTYPE html><html lang="en"><head><title>Harbour inquiry hears skippers</title></head>
            <body><main><article id="story-0"><header><h1>Harbour inquiry hears skippers</h1></header>
            <div class="entry-text"><p>{Sentences("harbour", 3)}</p><p>{Sentences("quay", 3)}</p></div></article>
            <article id="story-1"><header><h1>Ferry timetable changes</h1></header>
            <div class="entry-text"><p>{Sentences("ferry", 5)}</p><p>{Sentences("timetable", 5)}</p><p>{Sentences("pier", 5)}</p></div></article></main></body></html>
            """);
        Assert.Contains("The quay inquiry, part 3", text);
        Assert.DoesNotContain("The ferry inquiry", text);
    }

    [Fact]
    public void A_wrapper_whose_class_names_a_footer_but_holds_the_titled_article_is_read()
    {
        var text = Read($"""
            <!DOCTYPE html><html lang="en"><head><title>Harbour inquiry hears skippers</title></head>
            <body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
            <div class="above-footer"><h1>Harbour inquiry hears skippers</h1><div class="post-content"><p>{Sentences("harbour", 4)}</p><p>{Sentences("quay", 3)}</p></div></div>
            <div class="more-stories"><p>{Sentences("ferry", 5)}</p></div></body></html>
            """);
        Assert.Contains("The harbour inquiry, part 4", text);
        Assert.Contains("The quay inquiry, part 3", text);
        Assert.DoesNotContain("Sport", text);
    }

    [Fact]
    public void The_article_header_keeps_its_standfirst_whatever_its_class_says()
    {
        var text = Read($"""
            <!DOCTYPE html><html lang="en"><head><title>Harbour inquiry hears skippers</title></head>
            <body><div class="story-header"><h1>Harbour inquiry hears skippers</h1><p class="standfirst">Eleven floods in one winter have left the northern quay unusable, skippers say.</p></div>
            <div class="story-body"><p>{Sentences("harbour", 4)}</p><p>{Sentences("quay", 3)}</p></div>
            <div class="site-header"><p>Menu</p></div></body></html>
            """);
        Assert.Contains("Eleven floods in one winter", text);
        Assert.Contains("The quay inquiry, part 3", text);
    }

    [Fact]
    public void A_pictures_caption_between_the_title_and_the_body_is_no_standfirst_but_a_header_set_over_a_picture_keeps_it()
    {
        var captioned = Read($"""
            <!DOCTYPE html><html lang="en"><head><title>Harbour inquiry hears skippers</title></head>
            <body><h1>Harbour inquiry hears skippers</h1>
            <figure class="qz1"><img src="quay.jpg"><figcaption class="qz2"><p>Skippers unload the last catch of the winter at the northern quay. Jane Roe/Harbour Archive</p></figcaption></figure>
            <div class="qz3"><p>{Sentences("harbour", 4)}</p><p>{Sentences("quay", 3)}</p></div></body></html>
            """);
        Assert.DoesNotContain("Skippers unload the last catch", captioned);
        Assert.Contains("The quay inquiry, part 3", captioned);
        var header = Read($"""
            <!DOCTYPE html><html lang="en"><head><title>Harbour inquiry hears skippers</title></head>
            <body><figure class="qz1"><img src="quay.jpg"></figure><figcaption class="qz2"><h1>Harbour inquiry hears skippers</h1>
            <p>Eleven floods in one winter have left the northern quay unusable, skippers say.</p></figcaption>
            <div class="qz3"><p>{Sentences("harbour", 4)}</p><p>{Sentences("quay", 3)}</p></div></body></html>
            """);
        Assert.Contains("Eleven floods in one winter", header);
    }

    // Drupal's "field--label-hidden" says the field's label is not shown, not that the field is hidden.
    [Fact]
    public void A_field_whose_class_says_its_label_is_hidden_is_not_taken_for_a_hidden_box()
    {
        var section = (string topic) => $"""<div class="paragraph paragraph--type--text"><h2>On the {topic}</h2><p>{Sentences(topic, 2)}</p></div>""";
        var text = Read($"""
            <!DOCTYPE html><html lang="en"><head><title>Harbour inquiry hears skippers</title></head>
            <body><div class="node__content"><div class="field field--name-field-paragraphs field--label-hidden">
            {section("harbour")}{section("quay")}{section("ferry")}{section("pier")}</div>
            <div class="summary"><p>{Sentences("summary", 5)}</p></div></div></body></html>
            """);
        Assert.Contains("The harbour inquiry, part 2", text);
        Assert.Contains("The pier inquiry, part 2", text);
    }

    // Drupal's paragraphs: each part of the story is a field item wrapping a paragraph wrapping its text; an embedded
    // post between two parts must not leave the shorter part behind.
    [Fact]
    public void An_embed_between_two_wrapped_parts_of_the_story_keeps_both_parts()
    {
        var part = (string paragraphs) =>
            $"""<div class="field__item"><div class="paragraph paragraph--type--section"><div class="text-formatted">{paragraphs}</div></div></div>""";
        var text = Read($"""
            <!DOCTYPE html><html lang="en"><head><title>Harbour inquiry hears skippers</title></head>
            <body><div class="node"><div class="field__items">{part($"<p>{Sentences("harbour", 3)}</p><p>{Sentences("quay", 3)}</p>")}
            <div class="field__item"><div class="paragraph paragraph--type--embed"><blockquote class="twitter-tweet"><p>The quay is closed again. <a href="https://t.co/x">pic.twitter.com/x</a></p></blockquote></div></div>
            {part($"<p>{Sentences("pier", 1)}</p>")}</div></div></body></html>
            """);
        Assert.Contains("The quay inquiry, part 3", text);
        Assert.Contains("The pier inquiry, part 1", text);
    }

    [Fact]
    public void A_dateline_that_runs_into_the_first_sentence_is_the_story_not_a_byline()
    {
        var document = Reader.ReadOk("page.html", $"""
            <!DOCTYPE html><html lang="en"><head><title>Harbour inquiry</title></head>
            <body><article><p><span class="dateline">PORTHAVEN –</span> The harbour inquiry opened on Monday with evidence from the skippers of the northern quay, who told the panel that the breakwater had failed twice in one winter and that the ferry berth had been closed for eleven days.</p>
            <p>{Sentences("harbour", 3)}</p></article></body></html>
            """);
        Assert.Contains("PORTHAVEN – The harbour inquiry opened", string.Join("\n", Reader.Texts(document)));
        Assert.Empty(document.Metadata.Authors);
    }

    // An open letter's signatories, "Name, affiliation" a line, hold more commas than the letter: they are a list.
    [Fact]
    public void A_list_of_signatories_broken_by_line_breaks_does_not_outscore_the_letter_above_it()
    {
        var letter = (string topic) => string.Join(" ", Enumerable.Range(1, 5).Select(i => $"We ask the {topic} board to publish its minutes for meeting {i} in full and in good time."));
        var names = (int from) => string.Join("<br />\n", Enumerable.Range(from, 60).Select(i => $"<strong>Signer Number{i}</strong>, Harbour College"));
        var text = Read($"""
            <!DOCTYPE html><html lang="en"><head><title>A letter on the harbour</title></head>
            <body><article><h1>A letter on the harbour</h1><div class="letter">
            <p>{letter("harbour")}</p><p>{letter("quay")}</p><p>{letter("ferry")}</p>
            <table><tbody><tr><td>{names(1)}</td><td>{names(61)}</td></tr><tr><td></td></tr></tbody></table></div></article></body></html>
            """);
        Assert.Contains("We ask the harbour board to publish its minutes for meeting 1", text);
        Assert.Contains("We ask the ferry board", text);
        Assert.Contains("Signer Number120", text);
    }
}
