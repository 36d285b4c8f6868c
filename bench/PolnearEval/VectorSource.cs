namespace DocReport.Bench.PolnearEval;

/// <summary>
/// The cached contextual vectors of PolNeAR articles (<see cref="TokenVectors"/>), each dimension centred and scaled by its
/// mean and spread over train's tokens, so that the perceptron's dense weights start from features of one size (round 25).
/// </summary>
internal sealed class VectorSource
{
    private readonly string folder, pooling;
    private readonly float[] mean = new float[TokenVectors.Width], scale = new float[TokenVectors.Width];

    public VectorSource(string folder, string pooling, IReadOnlyList<PolnearDocument> train)
    {
        (this.folder, this.pooling) = (folder, pooling);
        var (sum, squares, n) = (new double[TokenVectors.Width], new double[TokenVectors.Width], 0L);
        foreach (var document in train)
        foreach (var p in TokenVectors.Read(Path.Combine(folder, "train"), document.Name, pooling))
            for (var i = 0; i < p.Length; i++)
            {
                var v = (double)p[i];
                sum[i % TokenVectors.Width] += v;
                squares[i % TokenVectors.Width] += v * v;
                if (i % TokenVectors.Width == 0) n++;
            }
        for (var d = 0; d < TokenVectors.Width; d++)
        {
            mean[d] = (float)(sum[d] / n);
            scale[d] = (float)(1 / Math.Sqrt(Math.Max(1e-6, squares[d] / n - mean[d] * (double)mean[d])));
        }
    }

    /// <summary>The vectors of each paragraph of a document of <paramref name="split"/>, tokens x width, standardised.</summary>
    public float[][] Of(PolnearDocument document, string split) =>
        TokenVectors.Read(Path.Combine(folder, split), document.Name, pooling).Select(p =>
        {
            var x = new float[p.Length];
            for (var i = 0; i < p.Length; i++) x[i] = ((float)p[i] - mean[i % TokenVectors.Width]) * scale[i % TokenVectors.Width];
            return x;
        }).ToArray();
}
