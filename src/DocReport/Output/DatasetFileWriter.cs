using DocReport.Model;
using DocReport.Pipeline;

namespace DocReport.Output;

/// <summary>A writer whose output is one file: it writes to any stream, and into a folder through a temporary file.</summary>
/// <param name="fileName">The name of the file written into an output folder.</param>
public abstract class DatasetFileWriter(string fileName) : IDatasetWriter
{
    /// <inheritdoc />
    public abstract string Format { get; }

    /// <summary>Writes the dataset to <paramref name="output"/>, which is left open; the stream need not be seekable.</summary>
    public abstract void Write(ArticleDataset dataset, Stream output);

    /// <summary>Writes the file into <paramref name="folder"/> under a temporary name, then moves it into place.</summary>
    public void Write(ArticleDataset dataset, string folder) =>
        AtomicFile.Write(Path.Combine(folder, fileName), stream => Write(dataset, stream));
}
