namespace DocReport.Claims.Accurate.Tests;

/// <summary>
/// The encoder's per-piece states, which bench/PolnearEval's attribution experiments read (round 25): a sequence's states
/// must not depend on the longer sequences padded into its batch, and a word's state must depend on its context.
/// </summary>
public class ArcticTokenStatesTests
{
    private const int Width = 384;

    [Fact]
    public void A_sequence_has_the_same_states_alone_as_in_a_padded_batch()
    {
        using var encoder = new ArcticEncoder();
        var shortOne = Sequence(encoder, "The ferry was late again", "she said");
        var longOne = Sequence(encoder, "The committee that reviews the harbour budget met twice in April and once in May", "its chair told the board");

        var alone = encoder.TokenStates([shortOne])[0];
        var batched = encoder.TokenStates([longOne, shortOne, longOne]);

        Assert.Equal(shortOne.Length * Width, alone.Length);
        Assert.Equal(longOne.Length * Width, batched[0].Length);
        for (var i = 0; i < alone.Length; i++) Assert.Equal(alone[i], batched[1][i], 3);
    }

    [Fact]
    public void A_word_has_another_state_in_another_sentence()
    {
        using var encoder = new ArcticEncoder();
        var said = encoder.Pieces("said");
        Assert.Single(said);
        var reported = encoder.TokenStates([Sequence(encoder, "The mayor said the road would reopen"), Sequence(encoder, "Nobody said a word at dinner")]);

        // "said" is the third word in the first sentence and the second in the other ([CLS] first)
        var first = reported[0].AsSpan(3 * Width, Width).ToArray();
        var second = reported[1].AsSpan(2 * Width, Width).ToArray();
        Assert.NotEqual(first, second);
    }

    private static long[] Sequence(ArcticEncoder encoder, params string[] parts) =>
        [101, .. string.Join(' ', parts).Split(' ').SelectMany(encoder.Pieces), 102];
}
