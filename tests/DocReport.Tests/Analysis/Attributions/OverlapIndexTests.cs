using DocReport.Analysis.Attributions;
using DocReport.Model;

namespace DocReport.Tests.Analysis.Attributions;

public class OverlapIndexTests
{
    [Theory]
    [InlineData(0, 5, false)]   // ends where the first starts
    [InlineData(4, 6, true)]
    [InlineData(12, 14, true)]  // inside the long span only
    [InlineData(20, 30, false)] // starts where the last ends
    [InlineData(7, 7, true)]    // empty, inside a span: as the pairwise test said
    public void A_span_overlaps_when_some_span_of_the_set_starts_before_it_ends_and_ends_after_it_starts(int start, int end, bool overlaps)
    {
        var index = new OverlapIndex([At(5, 8), At(10, 20), At(11, 12)]);

        Assert.Equal(overlaps, index.Overlaps(At(start, end)));
    }

    [Fact]
    public void Agrees_with_checking_every_pair_on_random_spans()
    {
        var random = new Random(5);
        for (var round = 0; round < 200; round++)
        {
            var set = Enumerable.Range(0, random.Next(0, 12)).Select(_ => Random(random)).ToList();
            var index = new OverlapIndex(set);
            for (var query = 0; query < 20; query++)
            {
                var span = Random(random);
                Assert.Equal(set.Any(s => s.Start < span.End && span.Start < s.End), index.Overlaps(span));
            }
        }
    }

    private static Span Random(Random random)
    {
        var start = random.Next(0, 60);
        return At(start, start + random.Next(0, 15));
    }

    private static Span At(int start, int end) => new("", start, end);
}
