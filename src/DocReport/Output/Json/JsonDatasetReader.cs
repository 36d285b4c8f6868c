using System.Text.Json;
using DocReport.Model;
using DocReport.Pipeline;

namespace DocReport.Output.Json;

/// <summary>Reads a dataset.json written by <see cref="JsonDatasetWriter"/> (this version or an older one) back into the model.</summary>
public static class JsonDatasetReader
{
    /// <summary>The dataset in the file, or the reason it could not be read; never throws for a bad or missing file.</summary>
    public static StageResult<ArticleDataset> Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Read(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return StageResult<ArticleDataset>.Failure($"{path}: {e.Message}");
        }
    }

    /// <summary>The dataset in <paramref name="input"/>, or the reason it could not be read; never throws for bad content.</summary>
    public static StageResult<ArticleDataset> Read(Stream input) =>
        Parse(() => JsonSerializer.Deserialize(input, DatasetJsonContext.Configured.DatasetDto));

    /// <summary>Reads <paramref name="input"/> asynchronously; the dataset, or the reason it could not be read.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<StageResult<ArticleDataset>> ReadAsync(Stream input, CancellationToken cancellationToken = default)
    {
        try
        {
            var dto = await JsonSerializer.DeserializeAsync(input, DatasetJsonContext.Configured.DatasetDto, cancellationToken).ConfigureAwait(false);
            return Parse(() => dto);
        }
        catch (JsonException e) { return Invalid(e); }
    }

    private static StageResult<ArticleDataset> Parse(Func<DatasetDto?> deserialize)
    {
        try
        {
            var dto = deserialize();
            if (dto is null) return StageResult<ArticleDataset>.Failure("dataset.json holds null instead of a dataset");
            if (dto.SchemaVersion > ArticleDataset.CurrentSchemaVersion)
                return StageResult<ArticleDataset>.Failure($"schemaVersion {dto.SchemaVersion} is newer than {ArticleDataset.CurrentSchemaVersion}, the newest this build reads");
            return StageResult<ArticleDataset>.Success(DatasetJsonMapper.FromDto(dto));
        }
        catch (Exception e) when (e is JsonException or FormatException) { return Invalid(e); }
    }

    private static StageResult<ArticleDataset> Invalid(Exception e) => StageResult<ArticleDataset>.Failure($"not a valid dataset.json: {e.Message}");
}
