namespace DocReport.Tests.Reading.Html;

public class PriceCardsTests
{
    // Class names no word list knows: the price on a line of its own and the short box around it are all there is to go on.
    private static string Card(string brand, string name, string price) =>
        $"""<div class="qx4"><a href="/out/{brand.Length}" class="qx5">Partner link</a><img src="p.jpg"><div class="qx6"><div>{brand}</div><div>{name}</div><div class="qx7"><span>{price}</span></div><div>To the shop</div></div></div>""";

    [Fact]
    public void A_shops_cards_and_a_facts_box_with_a_cost_go_but_prices_in_the_text_stay()
    {
        var text = ContentExtractorTests.Read($"""
            <!DOCTYPE html><html lang="en"><head><title>Harbour boots for the winter</title></head><body>
            <article class="qz0"><h1>Harbour boots for the winter</h1>
            <p>{ContentExtractorTests.Sentences("harbour", 3)}</p>
            {Card("Quayside", "Rubber deck boot, navy", "24,99 €")}
            <p>{ContentExtractorTests.Sentences("ferry", 3)} A pair of the sturdiest boots costs <b>$110.00</b> at the market.</p>
            {Card("Saltwater", "Lined harbour boot - grey", "$ 89.50")}
            <div class="qx8"><div><span class="qx9"></span><span>Easy</span></div><div><span class="qx9"></span><span>25 - 100 €</span></div><div><span class="qx9"></span><span>1-2 days</span></div></div>
            <ul><li>Adults: <b>12 €</b></li><li>Children: <b>6 €</b></li></ul>
            <p>{ContentExtractorTests.Sentences("market", 3)}</p>
            </article></body></html>
            """);
        Assert.Contains("The market inquiry, part 3", text);
        Assert.Contains("A pair of the sturdiest boots costs $110.00", text);
        Assert.Contains("Adults: 12 €", text);
        foreach (var furniture in new[] { "Rubber deck boot", "24,99", "Lined harbour boot", "To the shop", "Partner link", "25 - 100 €", "1-2 days" })
            Assert.DoesNotContain(furniture, text);
    }

    [Fact]
    public void A_year_or_a_count_on_a_line_of_its_own_is_no_price()
    {
        var text = ContentExtractorTests.Read($"""
            <!DOCTYPE html><html lang="en"><head><title>Harbour in numbers</title></head><body>
            <article class="qz0"><h1>Harbour in numbers</h1>
            <p>{ContentExtractorTests.Sentences("harbour", 3)}</p>
            <div class="qx1"><div>Ferries in service</div><div class="qx2"><span>2024</span></div></div>
            <div class="qx1"><div>Berths</div><div class="qx2"><span>1,250</span></div></div>
            <p>{ContentExtractorTests.Sentences("ferry", 3)}</p>
            </article></body></html>
            """);
        Assert.Contains("Ferries in service", text);
        Assert.Contains("1,250", text);
    }
}
