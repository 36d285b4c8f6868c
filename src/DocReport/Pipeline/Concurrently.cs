using System.Runtime.ExceptionServices;

namespace DocReport.Pipeline;

/// <summary>Independent parts of one document's work, run on the cores a long document would otherwise leave idle.</summary>
internal static class Concurrently
{
    /// <summary>
    /// Runs every action, the calling thread taking part (so a batch whose threads are all busy cannot starve), and
    /// rethrows the first failure as itself: callers tell an <see cref="IOException"/> from a defect by its type.
    /// </summary>
    public static void Run(params Action[] actions)
    {
        try
        {
            Parallel.Invoke(actions);
        }
        catch (AggregateException e)
        {
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
    }
}
