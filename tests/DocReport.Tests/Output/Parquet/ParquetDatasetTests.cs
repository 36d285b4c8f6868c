using DocReport.Batch;
using DocReport.Output.Json;
using DocReport.Output.Parquet;
using DocReport.Pipeline;
using DocReport.Tests.Batch;
using DuckDB.NET.Data;

namespace DocReport.Tests.Output.Parquet;

/// <summary>The Parquet dataset read back by DuckDB, a different engine from the one that wrote it.</summary>
public sealed class ParquetDatasetTests
{
    private static List<object?[]> Query(string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToArray());
        return rows;
    }

    [Fact]
    public void DuckDB_reads_every_table_with_the_counts_of_the_documents_and_joins_claims_to_their_sources()
    {
        using var folder = new TempFolder();
        BatchArticles.WriteAll(folder.File("in"), 6);
        File.WriteAllText(folder.File("in/empty.txt"), "");
        var plan = BatchPlan.Create([folder.File("in")], folder.File("out"));
        new BatchRunner(new PipelineBuilder().Build(), new BatchOptions { Formats = ["json", "parquet"], Jobs = 2 }).Run(plan);
        var datasets = plan.Inputs.Where(i => i.Path.Contains("story"))
            .Select(i => JsonDatasetReader.Read(Path.Combine(i.Folder!, JsonDatasetWriter.FileName)).Value!).ToList();
        string Table(string name) => $"'{Path.Combine(folder.File("out"), ParquetDataset.FolderName, name + ".parquet")}'";

        Assert.Equal([6L, 1L], Query($"SELECT count(*) FILTER (status = 'converted'), count(*) FILTER (status = 'failed') FROM {Table("documents")}")[0]);
        Assert.Equal((long)datasets.Sum(d => d.Paragraphs.Count), Query($"SELECT count(*) FROM {Table("paragraphs")}")[0][0]);
        Assert.Equal((long)datasets.Sum(d => d.Paragraphs.Sum(p => p.Sentences.Count)), Query($"SELECT count(*) FROM {Table("sentences")}")[0][0]);
        Assert.Equal((long)datasets.Sum(d => d.Claims.Count), Query($"SELECT count(*) FROM {Table("claims")}")[0][0]);
        Assert.Equal((long)datasets.Sum(d => d.Sources.Count), Query($"SELECT count(*) FROM {Table("sources")}")[0][0]);
        Assert.Equal(plan.Inputs.Select(i => i.Path), Query($"SELECT sourcePath FROM {Table("documents")}").Select(r => (string)r[0]!));

        var joined = Query($"""
            SELECT c.documentId, c.id, s.name
            FROM {Table("claims")} c
            JOIN {Table("sources")} s ON s.documentId = c.documentId AND list_contains(string_split(c.sourceIds, '; '), s.id)
            ORDER BY 1, 2, 3
            """);
        var expected = datasets.SelectMany(d => d.Claims.SelectMany(c => c.SourceIds.Select(id =>
                (d.Document.Id, c.Id, d.Sources.Single(s => s.Id == id).Name))))
            .Order().Select(t => new object?[] { t.Item1, t.Item2, t.Item3 }).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, joined);
        Assert.Equal("double", Query($"SELECT typeof(score) FROM {Table("claims")} LIMIT 1")[0][0]?.ToString()?.ToLowerInvariant());
        Assert.Equal("boolean", Query($"SELECT typeof(isClaim) FROM {Table("sentences")} LIMIT 1")[0][0]?.ToString()?.ToLowerInvariant());
    }

    [Fact]
    public async Task Rows_split_over_many_row_groups_read_back_whole_and_in_order()
    {
        using var folder = new TempFolder();
        var first = SampleDataset.Create();
        var second = first with { Document = first.Document with { Id = "fedcba9876543210" } };
        var parquet = new ParquetDataset(folder.Path, rowGroupRows: 3);
        await parquet.AddAsync(first);
        await parquet.AddFailureAsync("broken.pdf", "not a PDF");
        await parquet.AddAsync(second);
        await parquet.FinishAsync();
        parquet.Commit();
        await parquet.DisposeAsync();
        string Table(string name) => $"'{Path.Combine(folder.Path, ParquetDataset.FolderName, name + ".parquet")}'";

        var sentences = Query($"SELECT documentId, id, text FROM {Table("sentences")}");
        var expected = new[] { first, second }.SelectMany(d => d.Paragraphs.SelectMany(p => p.Sentences)
            .Select(s => new object?[] { d.Document.Id, s.Id, s.Text })).ToList();
        Assert.Equal(expected, sentences);
        Assert.Equal(["converted", "failed", "converted"], Query($"SELECT status FROM {Table("documents")}").Select(r => (string)r[0]!));
        Assert.Empty(Directory.GetFiles(Path.Combine(folder.Path, ParquetDataset.FolderName), "*.tmp"));
    }

    [Fact]
    public async Task A_row_group_ends_when_its_rows_reach_the_memory_bound_before_the_row_count()
    {
        using var folder = new TempFolder();
        var dataset = SampleDataset.Create();
        var parquet = new ParquetDataset(folder.Path, rowGroupRows: 1000, rowGroupBytes: 4096);
        for (var i = 0; i < 40; i++)
            await parquet.AddAsync(dataset with { Document = dataset.Document with { Id = $"doc{i:D4}" } });
        await parquet.FinishAsync();
        parquet.Commit();
        await parquet.DisposeAsync();
        string Table(string name) => $"'{Path.Combine(folder.Path, ParquetDataset.FolderName, name + ".parquet")}'";

        var groups = Query($"SELECT count(DISTINCT row_group_id), max(row_group_num_rows) FROM parquet_metadata({Table("documents")})")[0];
        Assert.InRange(Convert.ToInt64(groups[0]), 2, 39);
        Assert.InRange(Convert.ToInt64(groups[1]), 2, 39);
        Assert.Equal(Enumerable.Range(0, 40).Select(i => $"doc{i:D4}"), Query($"SELECT documentId FROM {Table("documents")}").Select(r => (string)r[0]!));
    }
}
