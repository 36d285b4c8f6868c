namespace DocReport.Tests.Reading.Html;

public class ArticleFurnitureTests
{
    private static string Sentences(string topic, int count) =>
        string.Join(" ", Enumerable.Range(1, count).Select(i => $"The {topic} inquiry, part {i}, heard how the harbour, the ferries and the fish market fared over the winter."));

    private static string Read(string articleInside) =>
        string.Join("\n", Reader.Texts(Reader.ReadOk("page.html",
            $"<!DOCTYPE html><html lang=\"en\"><head><title>Harbour inquiry</title></head><body><article class=\"post\">{articleInside}</article></body></html>")));

    [Fact]
    public void Picture_captions_and_credits_are_not_article_text()
    {
        var text = Read($"""
            <p>{Sentences("harbour", 4)}</p>
            <figure><img src="a.jpg"><figcaption>Ferries moored at the north quay in January. Photo: Jane Roe/Agency</figcaption></figure>
            <div class="wp-caption"><img src="b.jpg"><p class="wp-caption-text">The fish market at dawn</p></div>
            <p>{Sentences("market", 4)}</p>
            <span class="image__credit">Image copyright Getty Images</span>
            """);
        Assert.Contains("The market inquiry, part 4", text);
        foreach (var caption in new[] { "Ferries moored", "fish market at dawn", "Getty Images" })
            Assert.DoesNotContain(caption, text);
    }

    [Fact]
    public void A_line_under_a_picture_without_figure_markup_is_its_caption_but_sentences_and_lead_ins_stay()
    {
        var text = Read($"""
            <div class="lead-picture"><a href="/pier.jpg"><img src="pier-small.jpg"></a><br/>The old pier at low tide</div>
            <p>{Sentences("harbour", 4)}</p>
            <p><img src="chart.png"><br>The tide rose two metres above the usual mark that night.</p>
            <p><img src="crane.jpg"><br>Three things changed at the quay:</p>
            <p><img src="icon.png"> Ferry desk</p>
            <table><tr><td><img src="flag.png"><br>North quay</td><td>12 berths</td></tr></table>
            """);
        Assert.Contains("The harbour inquiry, part 4", text);
        Assert.DoesNotContain("The old pier at low tide", text);
        foreach (var content in new[] { "The tide rose two metres", "Three things changed at the quay:", "Ferry desk", "North quay" })
            Assert.Contains(content, text);
    }

    [Fact]
    public void A_caption_told_in_sentences_goes_with_its_credit_apart_but_labelled_steps_and_slides_stay()
    {
        var text = Read($"""
            <p>{Sentences("harbour", 4)}</p>
            <div class="q7f2"><div class="q3aa"><a href="/pier.jpg"><img src="pier.jpg"></a></div><div class="q4bb"><div class="q4cc">The old pier was rebuilt after the flood. It now carries the ferry office and a café for the crews.<br>Foto © Ann Lee</div></div></div>
            <div class="q7f2"><a href="#"><img src="dawn.jpg"></a><div class="q4bb"><span class="q4dd">Joe Bloggs/Harbour Archive</span><div class="q4ee">The quay at dawn is worth the early start!</div></div></div>
            <p>{Sentences("market", 4)}</p>
            <div class="q5d0"><img src="step1.jpg"><p><strong>Step one</strong><br>Mark the board along the fence and clamp it to the bench.</p></div>
            <div class="q5d2"><img src="slide.jpg"><div><em>photo: Jane Roe</em></div><p>Why did the ferry stop? It needed a rest.</p><p>Who runs the quay? The gulls.</p></div>
            """);
        Assert.Contains("The market inquiry, part 4", text);
        foreach (var caption in new[] { "The old pier was rebuilt", "Ann Lee", "The quay at dawn is worth", "Harbour Archive" })
            Assert.DoesNotContain(caption, text);
        foreach (var content in new[] { "Mark the board along the fence", "Why did the ferry stop?", "Who runs the quay?" })
            Assert.Contains(content, text);
    }

    [Fact]
    public void A_line_in_its_own_block_under_a_picture_is_its_caption_but_a_how_tos_steps_stay()
    {
        // Class names no word list holds, as a template with hashed names gives them.
        var text = Read($"""
            <p>{Sentences("harbour", 4)}</p>
            <div class="q7f2"><a href="/pier.jpg"><img src="pier-small.jpg"></a><p class="q9c1">The old pier at low tide</p></div>
            <div class="q7f2"><div class="q3aa"><img src="crane.jpg"></div><div class="q4bb">Harbour crane, spring 2019</div></div>
            <p>{Sentences("market", 4)}</p>
            <div class="q5d0"><div class="q3aa"><img src="step1.jpg"></div><div class="q4bb">Mark the board along the fence and clamp it to the bench.</div></div>
            <div class="q5d0"><div class="q3aa"><img src="step2.jpg"></div><div class="q4bb">Set the blade to the mark and saw slowly…</div></div>
            <div class="q5d0"><p class="q1e1">Tools you need:</p><img src="tools.jpg"></div>
            """);
        Assert.Contains("The market inquiry, part 4", text);
        foreach (var caption in new[] { "The old pier at low tide", "Harbour crane, spring 2019" })
            Assert.DoesNotContain(caption, text);
        foreach (var step in new[] { "Mark the board along the fence", "Set the blade to the mark", "Tools you need:" })
            Assert.Contains(step, text);
    }

    [Fact]
    public void A_captioned_picture_goes_with_its_label_but_a_captioned_listing_stays()
    {
        var text = Read($"""
            <p>{Sentences("harbour", 4)}</p>
            <figure><span>Picture</span><a href="/big.jpg"><img src="a.jpg"></a><figcaption>Jane Roe/Agency</figcaption></figure>
            <p>{Sentences("market", 4)}</p>
            <figure><pre>tide --port north --from 06:00</pre><figcaption>Reading the tide table</figcaption></figure>
            """);
        Assert.DoesNotContain("Picture", text);
        Assert.Contains("tide --port north", text);
    }

    [Fact]
    public void A_gallery_keeps_its_captions_since_they_are_its_text()
    {
        var figures = string.Join("", Enumerable.Range(1, 6).Select(i =>
            $"<figure><img src=\"{i}.jpg\"><figcaption>Look {i}: a long wool coat over a knitted dress, with flat boots for the cold city streets.</figcaption></figure>"));
        var text = Read($"<p>Six winter looks, chosen by our editors, for the coming season.</p>{figures}");
        Assert.Contains("Look 6: a long wool coat", text);
    }

    [Fact]
    public void Author_boxes_and_reading_time_lines_are_not_article_text()
    {
        var text = Read($"""
            <div class="article-byline"><span class="author">By Phil Helsel</span> <span class="readtime">4 Min Read</span></div>
            <p>{Sentences("harbour", 4)}</p>
            <div class="author-card"><p class="author-card__bio">Phil Helsel is a reporter for Example News, covering ports and shipping.</p></div>
            """);
        Assert.Contains("The harbour inquiry, part 1", text);
        foreach (var furniture in new[] { "By Phil Helsel", "4 Min Read", "is a reporter for" })
            Assert.DoesNotContain(furniture, text);
    }

    [Fact]
    public void Linked_teaser_headings_and_lines_go_but_linked_sentences_and_written_out_addresses_stay()
    {
        var text = Read($"""
            <p>{Sentences("harbour", 4)}</p>
            <p><a href="/report">As the report states: "The harbour needs a new breakwater before the next storm season."</a></p>
            <p><a href="https://example.org/petition">https://example.org/petition</a></p>
            <h3><a href="/other">Storm warning issued for the coast</a></h3>
            <p><a href="/other2">Ferry timetable: what changes in spring</a></p>
            """);
        Assert.Contains("The harbour needs a new breakwater", text);
        Assert.Contains("https://example.org/petition", text);
        Assert.DoesNotContain("Storm warning issued", text);
        Assert.DoesNotContain("Ferry timetable", text);
    }

    [Fact]
    public void A_dateline_inside_a_sentence_stays_but_a_byline_beside_a_date_goes()
    {
        var text = Read($"""
            <div class="meta"><span class="author">Jane Roe</span> | <span class="date">March 8</span></div>
            <p><span class="dateline">CAIRO —</span> Gunmen opened fire on visitors at the museum on Wednesday, killing at least 19 people, officials said.</p>
            <p>{Sentences("harbour", 4)}</p>
            """);
        Assert.Contains("CAIRO — Gunmen opened fire", text);
        Assert.DoesNotContain("Jane Roe", text);
    }

    [Fact]
    public void A_teaser_behind_a_short_label_goes_but_a_sentence_with_a_label_stays()
    {
        var text = Read($"""
            <p>{Sentences("harbour", 4)}</p>
            <h6><strong>Mire: </strong><a href="/singer">El cantante da positivo a COVID-19</a></h6>
            <p>Siehe auch: <a href="/ferries">Fähren fahren wieder nach Plan</a></p>
            <p>Note: the <a href="/minutes">minutes of the meeting</a> list every harbour repair agreed so far this year.</p>
            """);
        Assert.DoesNotContain("El cantante", text);
        Assert.DoesNotContain("Fähren fahren", text);
        Assert.Contains("minutes of the meeting list every harbour repair", text);
    }

    // Two linked headings, each over a section of prose: a listicle's items.
    private static string Listicle => $"""
            <p>{Sentences("harbour", 2)}</p>
            <h3><a href="https://example.org/ferry">North Ferry ($20)</a></h3>
            <p>{Sentences("ferry", 4)}</p>
            <h3><a href="https://example.org/market">South Market ($30)</a></h3>
            <p>{Sentences("market", 4)}</p>
        """;

    [Fact]
    public void A_linked_question_behind_a_label_is_a_teaser_but_a_linked_question_alone_stays()
    {
        var text = Read($"""
            <p>{Sentences("harbour", 4)}</p>
            <blockquote><b>LEA TAMBIÉN: </b><a href="/ferries">¿Cuándo vuelven a salir los ferris del puerto?</a></blockquote>
            <p>Read: <a href="/fish">Is the fish market ready for winter?</a></p>
            <p><a href="/tides">Why do the tides at the north quay run so high this year?</a></p>
            """);
        Assert.DoesNotContain("vuelven a salir", text);
        Assert.DoesNotContain("fish market ready", text);
        Assert.Contains("Why do the tides at the north quay", text);
    }

    [Fact]
    public void A_linked_heading_over_a_section_of_prose_is_kept_with_its_section()
    {
        var text = Read(Listicle);
        Assert.Contains("North Ferry ($20)", text);
        Assert.Contains("South Market ($30)", text);
    }

    [Fact]
    public void The_last_linked_heading_keeps_its_section_when_a_list_of_further_stories_follows_it()
    {
        var text = Read(Listicle + """
            <p><strong>More harbour news:</strong></p>
            <ul>
            <li><a href="https://example.org/a">The lighthouse keeper retires after forty years on the northern rocks</a></li>
            <li><a href="https://example.org/b">Fishing quotas for the coming season are cut again by the ministry</a></li>
            <li><a href="https://example.org/c">A second pier for the ferries is planned for the spring of next year</a></li>
            <li><a href="https://example.org/d">The market hall's roof will be repaired before the summer festival</a></li>
            <li><a href="https://example.org/e">Harbour pilots vote to strike over the new rota and overtime rules</a></li>
            </ul>
            """);
        Assert.Contains("South Market ($30)", text);
    }

    [Fact]
    public void A_section_front_keeps_its_teaser_headings_but_an_article_drops_the_teasers_beside_it()
    {
        string Teaser(string place, string summary) => $"""
            <li><h2><a href="https://example.org/{place}">What the storm left of {place}</a></h2>
            <p>{summary}</p></li>
            """;
        var teasers = Teaser("the north pier", "Divers found the pier's timber piles split below the waterline, and the council must decide by May.")
            + Teaser("the fish market", "Stallholders reopened within a week, though the cold store was lost and the roof still leaks in rain.")
            + Teaser("the ferry slipway", "The slipway can take one ferry at a time until the engineers finish their survey of the ramp.");
        var front = Read($"<ul>{teasers}</ul>");
        Assert.Contains("What the storm left of the north pier", front);
        Assert.Contains("What the storm left of the ferry slipway", front);

        var article = Read($"<p>{Sentences("harbour", 6)}</p><ul>{Teaser("the north pier", "Divers found the piles split.")}</ul>");
        Assert.Contains("The harbour inquiry, part 6", article);
        Assert.DoesNotContain("What the storm left of", article);
    }

    [Fact]
    public void A_credit_takes_its_label_along_but_not_the_sentence_around_it()
    {
        var text = Read($"""
            <p>{Sentences("harbour", 3)}</p>
            <p>Photograph: <span class="photo-credit">Jane Doe / Harbour Trust</span></p>
            <p>{Sentences("ferry", 2)}</p>
            <p>The pilots' union, which <span class="credit">Jane Doe</span> photographed at the quay last spring, will vote on the new rota next week.</p>
            """);
        Assert.DoesNotContain("Photograph", text);
        Assert.Contains("The ferry inquiry, part 2", text);
        Assert.Contains("will vote on the new rota next week", text);
    }

    [Fact]
    public void A_box_whose_class_says_it_has_no_caption_is_not_a_caption()
    {
        var text = Read($"""
            <div class="list_item no_caption"><h2>The mother of a ferry worker described the night the quay flooded.</h2><p>{Sentences("ferry", 3)}</p></div>
            <p>{Sentences("harbour", 3)}</p>
            """);
        Assert.Contains("The mother of a ferry worker", text);
        Assert.Contains("The ferry inquiry, part 3", text);
    }

    [Fact]
    public void A_box_named_in_several_words_as_furniture_goes_but_a_box_that_only_has_one_stays()
    {
        var text = Read($"""
            <p>{Sentences("harbour", 4)}</p>
            <div class="Report__AuthorBox"><blockquote>Mara Lind writes about ports and shipping for the weekend desk.</blockquote></div>
            <div class="paragraph--type--en-savoir-plus"><p>Port authority, ferry union, fish market cooperative.</p></div>
            <div class="has-author-box"><p>The quay stayed closed until the pumps had cleared the last of the water.</p></div>
            <h2><span id="See_also">See also</span></h2>
            <p>{Sentences("market", 4)}</p>
            """);
        Assert.Contains("See also", text);
        Assert.Contains("The market inquiry, part 4", text);
        Assert.DoesNotContain("Mara Lind writes", text);
        Assert.DoesNotContain("fish market cooperative", text);
        Assert.Contains("The quay stayed closed until the pumps", text);
    }

    [Fact]
    public void Linked_lines_in_a_data_table_are_its_data()
    {
        var rows = string.Join("", new[] { "Gmail", "Google Maps", "Netflix" }.Select(app =>
            $"<tr><td><p><a href=\"https://example.org/{app}\">{app}</a></p></td><td>Yes</td><td>No</td></tr>"));
        var text = Read($"<p>{Sentences("harbour", 4)}</p><table><thead><tr><th>App</th><th>Works</th><th>Offline</th></tr></thead>{rows}</table>");
        foreach (var app in new[] { "Gmail", "Google Maps", "Netflix" })
            Assert.Contains(app, text);
    }

    [Fact]
    public void A_named_box_of_further_stories_goes_even_when_it_is_longer_than_the_short_post_above_it()
    {
        var teasers = string.Join("", Enumerable.Range(1, 4).Select(i =>
            $"<div class=\"teaser\"><h2><a href=\"/story-{i}\">Story {i} about the harbour</a></h2><p>{Sentences($"story {i}", 2)}</p></div>"));
        var text = Read($"<p>The council has published its report on the harbour. Read it on the council's site before the hearing.</p><div class=\"nextstory\">{teasers}</div>");
        Assert.Contains("The council has published its report", text);
        Assert.DoesNotContain("Story 1 about the harbour", text);
        Assert.DoesNotContain("The story 4 inquiry", text);
    }

    [Fact]
    public void A_navigation_block_inside_the_article_is_not_article_text()
    {
        var text = Read($"""
            <nav class="tabs"><ul><li class="active">Guides for builders</li><li><a href="https://partner.example/firms">Firms near you</a></li></ul></nav>
            <p>{Sentences("harbour", 4)}</p>
            <nav><span>Earlier story</span> <span>Later story</span></nav>
            """);
        Assert.Contains("The harbour inquiry, part 4", text);
        foreach (var menu in new[] { "Guides for builders", "Firms near you", "Earlier story" })
            Assert.DoesNotContain(menu, text);
    }

    [Fact]
    public void A_closing_call_to_follow_the_site_or_get_its_app_goes_but_a_link_to_one_post_stays()
    {
        var text = Read($"""
            <p>{Sentences("harbour", 4)}</p>
            <p>The harbour master posted <a href="https://twitter.com/harbourmaster/status/12345">a photo of the flooded quay</a> on Monday.</p>
            <p>Se viste nuestro canal? Únete desde tu celular en este <a href="https://t.me/harbournews">enlace de invitación</a>.</p>
            <p>For the latest stories download our apps for <a href="https://apps.apple.com/us/app/harbour-news/id1">iOS</a> and <a href="https://play.google.com/store/apps/details?id=harbour.news">Android</a>.</p>
            """);
        Assert.Contains("a photo of the flooded quay", text);
        Assert.DoesNotContain("enlace de invitación", text);
        Assert.DoesNotContain("download our apps", text);
    }

    [Fact]
    public void Closing_notes_set_in_italics_go_but_italic_words_inside_the_text_stay()
    {
        var text = Read($"""
            <p><em>{Sentences("opening", 1)}</em></p>
            <p>{Sentences("harbour", 3)} The mayor called it <em>a scandal</em>.</p>
            <p><em>Candice Sealey is the founder of a marketing consultancy in Bridgetown.</em></p>
            <p><i>Do you want to hear about our next inquiry? <a href="/signup">Sign up here</a></i></p>
            """);
        Assert.Contains("The opening inquiry, part 1", text);
        Assert.Contains("a scandal", text);
        Assert.DoesNotContain("Candice Sealey", text);
        Assert.DoesNotContain("Sign up here", text);
    }

    [Fact]
    public void Related_article_boxes_inside_the_article_are_dropped_even_beside_article_classes()
    {
        var text = Read($"""
            <p>{Sentences("harbour", 4)}</p>
            <div class="ArticleBody-related-coverage"><p>Related Coverage</p><p>Fishing quotas cut again, say skippers in the north.</p></div>
            <p>{Sentences("ferry", 3)}</p>
            """);
        Assert.Contains("The ferry inquiry, part 3", text);
        Assert.DoesNotContain("Related Coverage", text);
        Assert.DoesNotContain("Fishing quotas", text);
    }

    [Fact]
    public void Boxes_of_the_posts_tags_and_of_its_affiliate_disclosure_are_not_article_text()
    {
        var text = Read($"""
            <section class="editorial-disclosure"><p>This post contains links to shops that pay us a commission on what you buy.</p></section>
            <p>{Sentences("harbour", 4)}</p>
            <section class="tags"><ul><li><a href="/tag/ferries">Ferry timetables</a></li><li><a href="/tag/quays">North quay</a></li></ul></section>
            """);
        Assert.Contains("The harbour inquiry, part 4", text);
        Assert.DoesNotContain("Ferry timetables", text);
        Assert.DoesNotContain("North quay", text);
        Assert.DoesNotContain("pay us a commission", text);
    }

    [Fact]
    public void Calls_to_action_ratings_downloads_and_consent_placeholders_are_not_article_text()
    {
        var text = Read($"""
            <p>{Sentences("harbour", 4)}</p>
            <div class="embed-placeholder"><p>We respect your privacy: allow the video service to load this clip.</p></div>
            <p>{Sentences("ferry", 3)}</p>
            <span class="file-download"><a href="/report.pdf">Full report (PDF, 2 MB)</a></span>
            <div class="reader-rating">4.5 of 5 from 120 votes</div>
            <section class="appeal-cta"><p>Our reporting is free to read. Support it with a monthly gift.</p></section>
            """);
        Assert.Contains("The ferry inquiry, part 3", text);
        foreach (var furniture in new[] { "respect your privacy", "Full report", "120 votes", "monthly gift" })
            Assert.DoesNotContain(furniture, text);
    }

    [Fact]
    public void Cookie_notices_and_navigation_bars_inside_the_article_are_not_article_text()
    {
        var text = Read($"""
            <ul class="site-subnav"><li>Coast</li><li>Ferries</li><li>Markets</li></ul>
            <p>{Sentences("harbour", 4)}</p>
            <div class="cookie-notice"><p>This site stores small files on your device to count visits.</p></div>
            <p>{Sentences("ferry", 3)}</p>
            <table class="navbox"><tr><th>Harbours</th><td>North quay · South quay · Old dock</td></tr></table>
            <div id="consent-box">Choose which partners may read your data</div>
            """);
        Assert.Contains("The ferry inquiry, part 3", text);
        foreach (var furniture in new[] { "Markets", "small files", "Old dock", "partners may read" })
            Assert.DoesNotContain(furniture, text);
    }

    [Fact]
    public void Breadcrumbs_pagination_and_most_popular_boxes_inside_the_article_are_not_article_text()
    {
        var text = Read($"""
            <div class="post-breadcrumbs"><span>Home</span> » <span>Coast</span> » <span>Harbour inquiry opens</span></div>
            <p>{Sentences("harbour", 4)}</p>
            <div class="pagination"><span>Page 2 of 3</span></div>
            <section class="most-popular"><p>Lighthouse keeper retires after forty winters on the rock</p></section>
            """);
        Assert.Contains("The harbour inquiry, part 4", text);
        foreach (var furniture in new[] { "Harbour inquiry opens", "Page 2 of 3", "Lighthouse keeper" })
            Assert.DoesNotContain(furniture, text);
    }

    [Fact]
    public void A_list_of_links_to_the_sites_other_pages_goes_but_a_list_of_sources_elsewhere_stays()
    {
        var page = $"""
            <!DOCTYPE html><html lang="en"><head><title>Harbour inquiry</title>
            <link rel="canonical" href="https://www.harbour-news.example/inquiry"></head><body><article class="post">
            <p>{Sentences("harbour", 4)}</p>
            <ul><li><a href="/ferries">Ferry timetables</a></li><li><a href="https://harbour-news.example/quays">North quay works</a></li></ul>
            <p>{Sentences("ferry", 3)}</p>
            <ul><li><a href="https://ports.example.org/report">Port authority annual report</a></li><li><a href="https://fish.example.net/quotas">Fishing quota tables</a></li></ul>
            </article></body></html>
            """;
        AssertSiteListsGoOtherSitesStay(page);
    }

    // A category or archive widget counts each link's posts in brackets; words in brackets are the item's own.
    [Fact]
    public void A_list_of_the_sites_categories_with_their_counts_goes_but_items_with_words_beside_their_links_stay()
    {
        var text = string.Join("\n", Reader.Texts(Reader.ReadOk("page.html", $"""
            <!DOCTYPE html><html lang="en"><head><title>Harbour inquiry</title>
            <link rel="canonical" href="https://www.harbour-news.example/inquiry"></head><body><article class="post">
            <p>{Sentences("harbour", 4)}</p>
            <ul><li><a href="/category/ferries">Ferries</a> (5)</li><li><a href="/category/quays">Quays</a> (12)</li><li><a href="/2019/03">March 2019</a> (1.204)</li></ul>
            <p>{Sentences("ferry", 3)}</p>
            <ul><li><a href="/reports/ferries">Ferry report</a> (summer timetable)</li><li><a href="/reports/quays">Quay report</a> (works plan)</li></ul>
            </article></body></html>
            """)));
        Assert.Contains("The ferry inquiry, part 3", text);
        foreach (var item in new[] { "Ferries", "Quays", "March 2019" }) Assert.DoesNotContain(item, text);
        Assert.Contains("Ferry report (summer timetable)", text);
    }

    // At the box's edges a list of links is its template's: categories or share buttons before the first heading and prose,
    // the publisher's accounts after the last; between them, and for other links after the last, it is the article's.
    [Fact]
    public void Lists_of_links_before_the_prose_or_of_social_accounts_after_it_go_but_the_articles_own_lists_stay()
    {
        var text = Read($"""
            <ul><li><a href="">Blog</a></li><li><a href="https://other.example/harbours">Harbour towns</a></li></ul>
            <ul><li><a href="#ferries">The ferries</a></li><li><a href="#market">The market</a></li></ul>
            <h2>Harbour apps</h2><ul><li><a href="https://apps.example/tides">Tide tables</a></li><li><a href="https://apps.example/berths">Berth finder</a></li></ul>
            <p>{Sentences("harbour", 4)}</p>
            <ul><li><a href="https://ports.example.org/report">Port authority annual report</a></li><li><a href="https://fish.example.net/quotas">Fishing quota tables</a></li></ul>
            <p>{Sentences("ferry", 3)}</p>
            <ul><li><a href="https://www.facebook.com/harbournews">Facebook</a></li><li><a href="https://twitter.com/harbournews">Twitter</a></li></ul>
            <ul><li><a href="https://ports.example.org/minutes">Minutes of the inquiry</a></li><li><a href="https://ports.example.org/maps">Maps of the quays</a></li></ul>
            """);
        Assert.Contains("The ferry inquiry, part 3", text);
        foreach (var template in new[] { "Blog", "Harbour towns", "Facebook", "Twitter" }) Assert.DoesNotContain(template, text);
        foreach (var own in new[] { "The ferries", "Tide tables", "Port authority annual report", "Minutes of the inquiry" }) Assert.Contains(own, text);
    }

    // A page saved without an absolute canonical address (none at all, or one without its scheme) still tells its site's
    // pages from other sites': the host its menus link to, or the canonical address's host.
    [Theory]
    [InlineData("")]
    [InlineData("<link rel=\"canonical\" href=\"//www.harbour-news.example/inquiry\">")]
    public void A_list_of_links_to_the_sites_other_pages_goes_on_a_page_without_an_absolute_canonical_address(string head)
    {
        const string site = "https://www.harbour-news.example";
        var menu = string.Concat(new[] { "news", "ferries", "quays", "market", "weather", "contact" }
            .Select(p => $"<li><a href=\"{site}/{p}\">{p}</a></li>"));
        var page = $"""
            <!DOCTYPE html><html lang="en"><head><title>Harbour inquiry</title>{head}</head><body>
            <nav><ul>{menu}</ul></nav><article class="post">
            <p>{Sentences("harbour", 4)}</p>
            <ul><li><a href="{site}/ferries/timetables">Ferry timetables</a></li><li><a href="{site}/quays/works">North quay works</a></li></ul>
            <p>{Sentences("ferry", 3)}</p>
            <ul><li><a href="https://ports.example.org/report">Port authority annual report</a></li><li><a href="https://fish.example.net/quotas">Fishing quota tables</a></li></ul>
            </article></body></html>
            """;
        AssertSiteListsGoOtherSitesStay(page);
    }

    // The harbour pages' two lists: the one of the site's own pages goes, the one of other sites' stays, the text around them too.
    private static void AssertSiteListsGoOtherSitesStay(string page)
    {
        var text = string.Join("\n", Reader.Texts(Reader.ReadOk("page.html", page)));
        Assert.Contains("The ferry inquiry, part 3", text);
        Assert.DoesNotContain("Ferry timetables", text);
        Assert.DoesNotContain("North quay works", text);
        Assert.Contains("Port authority annual report", text);
        Assert.Contains("Fishing quota tables", text);
    }

    // A list of one link is a teaser between two paragraphs, as a paragraph that is only a link is; a linked sentence stays.
    [Fact]
    public void A_list_of_one_link_to_the_sites_own_page_goes_but_a_linked_sentence_stays()
    {
        var page = $"""
            <!DOCTYPE html><html lang="en"><head><title>Harbour inquiry</title>
            <link rel="canonical" href="https://www.harbour-news.example/inquiry"></head><body><article class="post">
            <p>{Sentences("harbour", 4)}</p>
            <ul><li><a href="/timeline"><strong>The latest news about the harbour floods (free to read)</strong></a></li></ul>
            <p>{Sentences("ferry", 3)}</p>
            <ul><li><a href="/quays">The north quay reopened on Monday after eleven weeks.</a></li></ul>
            </article></body></html>
            """;
        var text = string.Join("\n", Reader.Texts(Reader.ReadOk("page.html", page)));
        Assert.Contains("The ferry inquiry, part 3", text);
        Assert.DoesNotContain("The latest news about the harbour floods", text);
        Assert.Contains("The north quay reopened on Monday", text);
    }

    [Fact]
    public void A_row_of_boxes_each_a_headline_linking_to_the_site_goes_but_a_row_of_sources_elsewhere_stays()
    {
        static string Row(string site, params string[] items) =>
            string.Concat(items.Select(i => $"<p class=\"row-item\"><a href=\"{site}/stories/{i.Length}\">{i}</a> <span>26 April</span></p>"));
        var page = $"""
            <!DOCTYPE html><html lang="en"><head><title>Harbour inquiry</title>
            <link rel="canonical" href="https://www.harbour-news.example/inquiry"></head><body><article class="post">
            <p>{Sentences("harbour", 4)}</p>
            <section class="sources">{Row("https://ports.example.org", "Port authority report on the winter storms", "Coastguard log of the February rescues", "Met office review of the flood tides")}</section>
            <p>{Sentences("ferry", 3)}</p>
            <section class="more">{Row("", "Council votes to rebuild the north pier by spring", "Ferry crews ask for a second winter slipway", "Fish market stallholders count the cost of the flood")}</section>
            </article></body></html>
            """;
        var text = string.Join("\n", Reader.Texts(Reader.ReadOk("page.html", page)));
        Assert.Contains("The ferry inquiry, part 3", text);
        Assert.Contains("Coastguard log of the February rescues", text);
        Assert.DoesNotContain("Council votes to rebuild", text);
        Assert.DoesNotContain("second winter slipway", text);
    }

    [Fact]
    public void A_label_that_repeats_a_menu_link_goes_but_the_same_words_in_a_sentence_or_a_heading_stay()
    {
        var page = $"""
            <!DOCTYPE html><html lang="en"><head><title>Harbour inquiry</title></head><body>
            <ul class="menu"><li><a href="/living">Living</a></li><li><a href="/ferries">Ferries</a></li><li><a href="/quays">Quays</a></li></ul>
            <article class="post">
            <div class="kicker">Living</div>
            <p>{Sentences("harbour", 4)}</p>
            <h2>Ferries</h2>
            <p>{Sentences("ferry", 3)}</p>
            <p>Quays</p>
            <p>The inquiry also asked about <a href="/living">Living</a> on the water.</p>
            </article></body></html>
            """;
        var text = string.Join("\n", Reader.Texts(Reader.ReadOk("page.html", page)));
        Assert.DoesNotContain("\nLiving\n", "\n" + text + "\n");
        Assert.DoesNotContain("\nQuays\n", "\n" + text + "\n");
        Assert.Contains("\nFerries\n", text);
        Assert.Contains("asked about Living on the water", text);
    }

    // Cards side by side, each a heading linking to another of the site's stories over a short summary, go whole; a listicle
    // whose items link to other sites stays, and so do its summaries.
    [Fact]
    public void Cards_teasing_the_sites_further_stories_go_with_their_summaries_but_a_list_of_outside_picks_stays()
    {
        string Card(string href, string title, string summary) =>
            $"<li class=\"teaser\"><h3><a href=\"{href}\">{title}</a></h3><p>Ana Ruiz, 3 May</p><p>{summary}</p></li>";
        string Pick(string href, string title, string summary) =>
            $"<div class=\"pick\"><h3><a href=\"{href}\">{title}</a></h3><p>{summary}</p></div>";
        var page = $"""
            <!DOCTYPE html><html lang="en"><head><title>Harbour inquiry</title>
            <link rel="canonical" href="https://www.harbour-news.example/inquiry"></head><body><article class="post">
            <p>{Sentences("harbour", 6)}</p>
            <div>{Pick("https://ferries.example.org", "North Ferry Line", "Runs hourly to the islands, with room for bicycles and a cafe on the upper deck, all year.")}
            {Pick("https://tides.example.net", "Tide Tables Online", "Free tables for every quay of the coast, updated each morning from the coastguard's gauges.")}
            {Pick("https://fish.example.com", "Quayside Fish Market", "Open from five in the morning, with a small kitchen serving the day's catch at noon.")}</div>
            <p>{Sentences("ferry", 4)}</p>
            <ul class="more">{Card("/quays", "Quay works run late", "The repairs to the north quay will not end before the summer, the port said on Monday...")}
            {Card("/nets", "Nets left on the slipway", "Fishermen asked the council for a store after a winter of torn nets and lost floats...")}
            {Card("https://www.harbour-news.example/lights", "The lighthouse goes dark", "For the first time in ninety years the lamp was switched off for a week of works...")}</ul>
            </article></body></html>
            """;
        var text = string.Join("\n", Reader.Texts(Reader.ReadOk("page.html", page)));
        Assert.Contains("The ferry inquiry, part 4", text);
        foreach (var teaser in new[] { "Quay works run late", "will not end before the summer", "torn nets", "switched off for a week", "Ana Ruiz" })
            Assert.DoesNotContain(teaser, text);
        foreach (var pick in new[] { "Runs hourly to the islands", "Free tables for every quay", "serving the day's catch" })
            Assert.Contains(pick, text);
    }

    // Templates in other languages name their boxes in their own words (Data/furniture_classes.txt): a German share bar and box
    // of related stories, a French caption, a Spanish byline, an Italian box of related articles, a Portuguese share box, a
    // Dutch ad label and a Polish tag list go; a paragraph whose class holds such a word inside a longer one stays.
    [Theory]
    [InlineData("de", "<div class=\"artikel-teilen\">Empfehlen Sie diesen Text Ihren Freunden</div>", "<div class=\"verwandte-beitraege\"><p>Neue Fähre im Hafen</p></div>", "Ihren Freunden", "Neue Fähre")]
    [InlineData("fr", "<p class=\"photo-legende\">Le quai nord au petit matin</p>", "<div class=\"articles-similaires\"><p>Le port rouvre</p></div>", "quai nord", "Le port rouvre")]
    [InlineData("es", "<div class=\"firma-autora\">Por Ana Ruiz</div>", "<section class=\"noticias-relacionadas\"><p>El muelle cierra</p></section>", "Ana Ruiz", "El muelle cierra")]
    [InlineData("it", "<p class=\"didascalia\">Il molo al tramonto</p>", "<div class=\"articoli_correlati\"><p>Il porto riapre</p></div>", "Il molo al tramonto", "Il porto riapre")]
    [InlineData("pt", "<div class=\"box-compartilhar\">Envie esta notícia aos amigos</div>", "<p class=\"legenda\">O cais ao amanhecer</p>", "aos amigos", "O cais ao amanhecer")]
    [InlineData("nl", "<div class=\"advertentie\">Advertentie: veerboot naar het eiland</div>", "<div class=\"gerelateerd\"><p>Haven gaat dicht</p></div>", "veerboot", "Haven gaat dicht")]
    [InlineData("pl", "<div class=\"tagi\">port, prom, Gdańsk</div>", "<div class=\"powiazane-artykuly\"><p>Port zamknięty</p></div>", "prom, Gdańsk", "Port zamknięty")]
    public void Boxes_named_in_other_languages_are_furniture(string language, string first, string second, string firstText, string secondText)
    {
        var page = $"""
            <!DOCTYPE html><html lang="{language}"><head><title>Harbour inquiry</title></head><body><article class="post">
            <p>{Sentences("harbour", 4)}</p>{first}<p>{Sentences("ferry", 4)}</p>{second}
            <p class="teilenswert">{Sentences("market", 2)}</p></article></body></html>
            """;
        var text = string.Join("\n", Reader.Texts(Reader.ReadOk("page.html", page)));
        Assert.Contains("The ferry inquiry, part 4", text);
        Assert.Contains("The market inquiry, part 2", text);
        Assert.DoesNotContain(firstText, text);
        Assert.DoesNotContain(secondText, text);
    }
}
