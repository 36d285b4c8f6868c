namespace DocReport.Analysis;

/// <summary>
/// Counts of paragraphs got through by steps each moving on its own thread: <paramref name="reached"/> is told the paragraphs
/// every step is through, as that number grows (a paragraph is through once all the steps are past it).
/// </summary>
internal sealed class LeastThrough(int steps, Action<int> reached)
{
    private readonly Lock gate = new();
    private readonly int[] counts = new int[steps];
    private int told;

    /// <summary>The callback of step <paramref name="step"/> (from 0), told the paragraphs that step has got through.</summary>
    public Action<int> Step(int step) => done => Move(step, done);

    private void Move(int step, int done)
    {
        lock (gate)
        {
            counts[step] = Math.Max(counts[step], done);
            var through = counts.Min();
            if (through <= told) return;
            told = through;
            reached(through);
        }
    }
}
