using DocReport.Layout.Elements;
using DocReport.Layout.Infrastructure;
using DocReport.Layout.Text;

namespace DocReport.Layout.Tests.Text;

public class TextMeasureTests
{
    [Fact]
    public void Measured_width_is_the_width_a_text_block_takes_on_one_line()
    {
        var style = new TextStyle { FontSize = 11 };
        const string text = "Regional Ministry of Transport";
        var block = new TextBlock { Style = style };
        block.Spans.Add(new TextSpan(text));
        var plan = Given.Bound(block).Measure(new Size(1000, 100));
        Assert.Equal(plan.Width, TextMeasure.Width(text, style), 0.01);
    }

    [Fact]
    public void Width_grows_with_font_size_and_is_zero_for_no_text()
    {
        Assert.Equal(0, TextMeasure.Width("", new TextStyle()));
        Assert.True(TextMeasure.Width("Ministry", new TextStyle { FontSize = 20 }) > 1.9 * TextMeasure.Width("Ministry", new TextStyle { FontSize = 10 }));
    }
}
