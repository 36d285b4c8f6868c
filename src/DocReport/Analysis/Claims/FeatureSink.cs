namespace DocReport.Analysis.Claims;

/// <summary>
/// Receives a sentence's features from <see cref="ClaimFeaturizer"/> one at a time, each written into a reused buffer
/// from up to four parts ("b:" + previous + " " + word), so that scoring builds no string per feature.
/// </summary>
internal abstract class FeatureSink
{
    private char[] buffer = new char[64];

    /// <summary>Whether the featurizer writes the letter 4-grams ("c:"): a model that weighs none is spared them.</summary>
    public virtual bool TakesLetterGrams => true;

    /// <summary>The feature made of the parts one after another.</summary>
    public void Add(ReadOnlySpan<char> first, ReadOnlySpan<char> second = default, ReadOnlySpan<char> third = default, ReadOnlySpan<char> fourth = default)
    {
        var length = first.Length + second.Length + third.Length + fourth.Length;
        if (length > buffer.Length) buffer = new char[Math.Max(length, 2 * buffer.Length)];
        first.CopyTo(buffer);
        second.CopyTo(buffer.AsSpan(first.Length));
        third.CopyTo(buffer.AsSpan(first.Length + second.Length));
        fourth.CopyTo(buffer.AsSpan(length - fourth.Length));
        Accept(buffer.AsSpan(0, length));
    }

    /// <summary>One feature; the characters are valid only during the call.</summary>
    protected abstract void Accept(ReadOnlySpan<char> feature);
}
