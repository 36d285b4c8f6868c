using DocReport.Batch;

namespace DocReport.Tests.Batch;

public sealed class BatchShardTests
{
    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Theory]
    [InlineData("0/8", 0, 8)]
    [InlineData("7/8", 7, 8)]
    [InlineData("0/1", 0, 1)]
    public void I_of_N_is_read_as_written(string text, int index, int count) =>
        Assert.Equal(new BatchShard(index, count), BatchShard.Parse(text, Environment(), out _));

    [Theory]
    [InlineData("8/8", "shard 8 is outside 0..7 (shards are counted from 0)")]
    [InlineData("1/0", "shard count 0 must be at least 1")]
    [InlineData("-1/4", "--shard '-1/4' is not I/N (e.g. 0/8, shards counted from 0) or auto")]
    [InlineData("3", "--shard '3' is not I/N (e.g. 0/8, shards counted from 0) or auto")]
    public void A_bad_shard_is_refused_with_the_reason(string text, string reason)
    {
        Assert.Null(BatchShard.Parse(text, Environment(), out var error));
        Assert.Equal(reason, error);
    }

    [Fact]
    public void Auto_reads_a_slurm_array_counting_from_its_first_task_id() =>
        Assert.Equal(new BatchShard(2, 4), BatchShard.Parse("auto",
            Environment(("SLURM_ARRAY_TASK_ID", "3"), ("SLURM_ARRAY_TASK_MIN", "1"), ("SLURM_ARRAY_TASK_COUNT", "4")), out _));

    [Fact]
    public void Auto_reads_a_kubernetes_indexed_job_with_the_count_it_is_given() =>
        Assert.Equal(new BatchShard(5, 8), BatchShard.Parse("auto",
            Environment(("JOB_COMPLETION_INDEX", "5"), ("DOCREPORT_SHARD_COUNT", "8")), out _));

    [Fact]
    public void Auto_without_a_scheduler_says_which_variables_it_needs()
    {
        Assert.Null(BatchShard.Parse("auto", Environment(("JOB_COMPLETION_INDEX", "5")), out var error));
        Assert.Contains("DOCREPORT_SHARD_COUNT", error);
    }
}
