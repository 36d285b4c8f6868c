using DocReport.Analysis.Attributions.Tagging;

namespace DocReport.Tests.Analysis.Attributions;

public class ViterbiDecoderTests
{
    private static readonly float[] NoTransitions = new float[Tags.Count * Tags.Count];
    private static readonly float[] NoStart = new float[Tags.Count];

    [Fact]
    public void Each_token_takes_its_best_tag_when_transitions_are_neutral()
    {
        var tags = ViterbiDecoder.Decode(Emissions(Tag.SourceBegin, Tag.CueBegin, Tag.ContentBegin, Tag.ContentInside), 4, NoTransitions, NoStart);
        Assert.Equal([Tag.SourceBegin, Tag.CueBegin, Tag.ContentBegin, Tag.ContentInside], tags);
    }

    [Fact]
    public void An_inside_tag_never_follows_another_role_nor_opens_the_paragraph()
    {
        // the emissions prefer "content inside" right after a cue and on the first token: both are ill-formed
        var tags = ViterbiDecoder.Decode(Emissions(Tag.ContentInside, Tag.CueBegin, Tag.ContentInside), 3, NoTransitions, NoStart);
        Assert.NotEqual(Tag.ContentInside, tags[0]);
        Assert.NotEqual(Tag.ContentInside, tags[2]);
        for (var i = 1; i < tags.Length; i++) Assert.True(Tags.CanFollow(tags[i - 1], tags[i]));
    }

    [Fact]
    public void A_strong_transition_outweighs_a_weak_emission()
    {
        var emissions = Emissions(Tag.SourceBegin, Tag.Outside);
        emissions[Tags.Count + (int)Tag.CueBegin] = 0.5f;
        var transitions = new float[Tags.Count * Tags.Count];
        transitions[(int)Tag.SourceBegin * Tags.Count + (int)Tag.CueBegin] = 2f;
        Assert.Equal([Tag.SourceBegin, Tag.CueBegin], ViterbiDecoder.Decode(emissions, 2, transitions, NoStart));
    }

    // a score of 1 for the wanted tag of each token, 0 for the others
    private static float[] Emissions(params Tag[] wanted)
    {
        var scores = new float[wanted.Length * Tags.Count];
        for (var i = 0; i < wanted.Length; i++) scores[i * Tags.Count + (int)wanted[i]] = 1;
        return scores;
    }
}
