namespace DocReport.Batch;

/// <summary>
/// Hands items finished out of order (by parallel workers) to a consumer in input order. A worker that runs more than
/// <c>window</c> items ahead of the oldest unfinished one waits, so the items held back stay few whatever the batch size.
/// </summary>
internal sealed class InputOrder<T>(IReadOnlyList<int> order, int window, Action<T> consume)
{
    private readonly object gate = new();
    private readonly Dictionary<int, T> waiting = [];
    private readonly Dictionary<int, int> rank = order.Select((index, position) => (index, position)).ToDictionary(p => p.index, p => p.position);
    private int next;

    /// <summary>Blocks while <paramref name="index"/> is too far ahead; call before starting work on it.</summary>
    public void WaitForTurn(int index, CancellationToken token)
    {
        lock (gate)
        {
            while (rank[index] - next >= window)
            {
                token.ThrowIfCancellationRequested();
                Monitor.Wait(gate, 100);
            }
        }
    }

    /// <summary>Records a finished item; the consumer runs on this thread for it and every following item already finished.</summary>
    public void Finished(int index, T item)
    {
        lock (gate)
        {
            waiting[index] = item;
            while (next < order.Count && waiting.Remove(order[next], out var ready))
            {
                consume(ready);
                next++;
            }
            Monitor.PulseAll(gate);
        }
    }
}
