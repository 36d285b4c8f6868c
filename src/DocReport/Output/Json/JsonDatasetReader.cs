using System.Text.Json;
using DocReport.Model;
using DocReport.Pipeline;

namespace DocReport.Output.Json;

/// <summary>Reads a dataset.json written by <see cref="JsonDatasetWriter"/> back into the model.</summary>
internal static class JsonDatasetReader
{
    /// <summary>The dataset in the file, or the reason it could not be read; never throws for a bad file.</summary>
    public static StageResult<ArticleDataset> Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Read(stream);
        }
        catch (IOException e) { return StageResult<ArticleDataset>.Failure($"{path}: {e.Message}"); }
        catch (UnauthorizedAccessException e) { return StageResult<ArticleDataset>.Failure($"{path}: {e.Message}"); }
    }

    public static StageResult<ArticleDataset> Read(Stream stream)
    {
        try
        {
            var dto = JsonSerializer.Deserialize(stream, DatasetJsonContext.Configured.DatasetDto);
            if (dto is null) return StageResult<ArticleDataset>.Failure("dataset.json holds null instead of a dataset");
            if (dto.SchemaVersion > ArticleDataset.CurrentSchemaVersion)
                return StageResult<ArticleDataset>.Failure($"schemaVersion {dto.SchemaVersion} is newer than {ArticleDataset.CurrentSchemaVersion}, the newest this build reads");
            return StageResult<ArticleDataset>.Success(DatasetJsonMapper.FromDto(dto));
        }
        catch (JsonException e) { return StageResult<ArticleDataset>.Failure($"not a valid dataset.json: {e.Message}"); }
        catch (FormatException e) { return StageResult<ArticleDataset>.Failure($"not a valid dataset.json: {e.Message}"); }
    }
}
