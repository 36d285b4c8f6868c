using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DocReport.Batch;

/// <summary>
/// One share of a batch run on several machines: shard <see cref="Index"/> of <see cref="Count"/>, counted from 0.
/// An input belongs to the shard its key hashes to, so every shard takes the same share on every machine and
/// adding inputs to the batch does not move the others.
/// </summary>
/// <param name="Index">This shard, from 0 to <paramref name="Count"/> − 1.</param>
/// <param name="Count">How many shards share the batch.</param>
public sealed record BatchShard(int Index, int Count)
{
    /// <summary>The whole batch in one run.</summary>
    public static BatchShard Whole { get; } = new(0, 1);

    /// <summary>True when <paramref name="key"/> (an input's path relative to the argument it came from) belongs to this shard.</summary>
    public bool Owns(string key)
    {
        if (Count == 1) return true;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key.Replace('\\', '/')));
        return (int)(BitConverter.ToUInt64(hash, 0) % (ulong)Count) == Index;
    }

    /// <summary>Reads <c>I/N</c>, or <c>auto</c> for the scheduler's variables; null with <paramref name="error"/> when it cannot.</summary>
    public static BatchShard? Parse(string text, Func<string, string?> environment, out string? error)
    {
        error = null;
        if (text.Trim().Equals("auto", StringComparison.OrdinalIgnoreCase)) return FromScheduler(environment, out error);
        var parts = text.Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            return Checked(index, count, out error);
        error = $"--shard '{text}' is not I/N (e.g. 0/8, shards counted from 0) or auto";
        return null;
    }

    /// <summary>
    /// Slurm arrays: SLURM_ARRAY_TASK_ID less SLURM_ARRAY_TASK_MIN, of SLURM_ARRAY_TASK_COUNT. Kubernetes Indexed Jobs:
    /// JOB_COMPLETION_INDEX, of DOCREPORT_SHARD_COUNT (Kubernetes does not pass the job's completions to the pod).
    /// </summary>
    private static BatchShard? FromScheduler(Func<string, string?> environment, out string? error)
    {
        int? Number(string name) => int.TryParse(environment(name), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        if (Number("SLURM_ARRAY_TASK_ID") is { } task && Number("SLURM_ARRAY_TASK_COUNT") is { } tasks)
            return Checked(task - (Number("SLURM_ARRAY_TASK_MIN") ?? 0), tasks, out error);
        if (Number("JOB_COMPLETION_INDEX") is { } completion && Number("DOCREPORT_SHARD_COUNT") is { } shards)
            return Checked(completion, shards, out error);
        error = "--shard auto needs SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT (a Slurm array), or JOB_COMPLETION_INDEX and DOCREPORT_SHARD_COUNT (a Kubernetes Indexed Job)";
        return null;
    }

    private static BatchShard? Checked(int index, int count, out string? error)
    {
        error = count < 1 ? $"shard count {count} must be at least 1"
            : index < 0 || index >= count ? $"shard {index} is outside 0..{count - 1} (shards are counted from 0)"
            : null;
        return error is null ? new BatchShard(index, count) : null;
    }

    /// <summary>"I/N".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
