using DocReport.Batch;
using DocReport.Output.Parquet;
using DocReport.Pipeline;
using DocReport.Tests.Output;

namespace DocReport.Tests.Batch;

public sealed class ShardMergeTests
{
    private const int Articles = 14;
    private static readonly string[] Formats = ["json", "xlsx", "parquet"];

    private static BatchResult Run(string input, string output, BatchShard? shard = null) =>
        new BatchRunner(new PipelineBuilder().Build(), new BatchOptions { Formats = Formats, Jobs = 2 })
            .Run(BatchPlan.Create([input, Path.Combine(input, "..", "missing.txt")], output, shard));

    /// <summary>The batch outputs under a folder: name to bytes.</summary>
    private static Dictionary<string, byte[]> BatchFiles(string root) =>
        Directory.EnumerateFiles(Path.Combine(root, ParquetDataset.FolderName)).Append(Path.Combine(root, BatchRunner.BatchWorkbookName))
            .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllBytes);

    [Fact]
    public void Shards_into_one_shared_folder_merge_to_the_bytes_of_a_single_run()
    {
        using var folder = new TempFolder();
        var input = folder.File("in");
        BatchArticles.WriteAll(input, Articles);
        Run(input, folder.File("single"));

        var shares = Enumerable.Range(0, 3).Select(i => Run(input, folder.File("shared"), new BatchShard(i, 3))).ToList();
        var merged = BatchMerger.Merge([folder.File("shared")], folder.File("shared"), Formats);

        Assert.Null(merged.Error);
        Assert.Equal(Articles + 1, shares.Sum(s => s.Documents.Count));
        Assert.All(shares, s => Assert.Empty(s.BatchFiles));
        Assert.Equal(Articles + 1, merged.Documents);
        Assert.Equal(1, merged.Failed);
        var single = BatchFiles(folder.File("single"));
        var fromShards = BatchFiles(folder.File("shared"));
        Assert.Equal(8, single.Count);
        Assert.Equal(single.Keys.Order(), fromShards.Keys.Order());
        foreach (var (name, bytes) in single) Assert.True(bytes.AsSpan().SequenceEqual(fromShards[name]), name);
    }

    [Fact]
    public void A_cancelled_merge_leaves_an_earlier_merge_s_outputs_whole_and_no_temporary_file()
    {
        using var folder = new TempFolder();
        var input = folder.File("in");
        BatchArticles.WriteAll(input, Articles);
        for (var i = 0; i < 2; i++) Run(input, folder.File("shared"), new BatchShard(i, 2));
        BatchMerger.Merge([folder.File("shared")], folder.File("shared"), Formats);
        var before = BatchFiles(folder.File("shared"));

        Assert.ThrowsAny<OperationCanceledException>(() =>
            BatchMerger.Merge([folder.File("shared")], folder.File("shared"), Formats, new CancellationToken(canceled: true)));

        var after = BatchFiles(folder.File("shared"));
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (name, bytes) in before) Assert.True(bytes.AsSpan().SequenceEqual(after[name]), name);
        Assert.Empty(Directory.EnumerateFiles(folder.File("shared"), "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Shards_in_separate_folders_merge_into_a_third_and_their_document_folders_match_a_single_run()
    {
        using var folder = new TempFolder();
        var input = folder.File("in");
        BatchArticles.WriteAll(input, Articles);
        Run(input, folder.File("single"));
        for (var i = 0; i < 2; i++) Run(input, folder.File($"shard{i}"), new BatchShard(i, 2));

        var merged = BatchMerger.Merge([folder.File("shard0"), folder.File("shard1")], folder.File("merged"), Formats);

        Assert.Null(merged.Error);
        var single = BatchFiles(folder.File("single"));
        foreach (var (name, bytes) in BatchFiles(folder.File("merged"))) Assert.True(bytes.AsSpan().SequenceEqual(single[name]), name);
        var shardFolders = new[] { "shard0", "shard1" }.SelectMany(s => Directory.GetDirectories(folder.File(s)))
            .Select(Path.GetFileName).Where(n => !n!.StartsWith('.') && n != ParquetDataset.FolderName).Order();
        var singleFolders = Directory.GetDirectories(folder.File("single")).Select(Path.GetFileName)
            .Where(n => !n!.StartsWith('.') && n != ParquetDataset.FolderName).Order();
        Assert.Equal(singleFolders, shardFolders);
    }

    [Fact]
    public void A_merge_with_a_shard_missing_names_it_and_writes_nothing()
    {
        using var folder = new TempFolder();
        var input = folder.File("in");
        BatchArticles.WriteAll(input, 4);
        Run(input, folder.File("out"), new BatchShard(0, 3));
        Run(input, folder.File("out"), new BatchShard(2, 3));

        var merged = BatchMerger.Merge([folder.File("out")], folder.File("out"), Formats);

        Assert.Equal("shards missing: 1/3; run them, then merge again", merged.Error);
        Assert.False(File.Exists(Path.Combine(folder.File("out"), BatchRunner.BatchWorkbookName)));
    }

    [Fact]
    public void Every_input_belongs_to_exactly_one_shard()
    {
        var keys = Enumerable.Range(0, 500).Select(i => $"folder{i % 7}/article{i}.html").ToList();
        var shards = Enumerable.Range(0, 4).Select(i => new BatchShard(i, 4)).ToList();

        Assert.All(keys, key => Assert.Single(shards, s => s.Owns(key)));
        Assert.All(shards, s => Assert.InRange(keys.Count(s.Owns), 80, 170));
    }
}
