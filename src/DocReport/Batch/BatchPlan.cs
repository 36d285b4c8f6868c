namespace DocReport.Batch;

/// <summary>One input of a batch: its place in the input order, its path, and its output folder or the reason it cannot be read.</summary>
/// <param name="Index">Position in the whole batch's input order, from 0.</param>
/// <param name="Path">The input file as given or as found in a folder.</param>
/// <param name="Folder">The document's output folder; null when the input names nothing readable.</param>
/// <param name="Problem">Why the input cannot be converted (e.g. "no such file or folder"); null when it can be tried.</param>
public sealed record BatchInput(int Index, string Path, string? Folder, string? Problem);

/// <summary>The inputs of a batch, expanded from the arguments in a stable order, each with its output folder.</summary>
/// <param name="OutputRoot">The folder that holds one sub-folder per document.</param>
/// <param name="Inputs">Every input in order, including those that name nothing.</param>
public sealed record BatchPlan(string OutputRoot, IReadOnlyList<BatchInput> Inputs)
{
    /// <summary>Expands <paramref name="inputs"/> (files, or folders searched recursively for article files) into a plan.</summary>
    public static BatchPlan Create(IEnumerable<string> inputs, string outputRoot)
    {
        var folders = new OutputFolders(outputRoot);
        var planned = InputExpander.Expand(inputs)
            .Select((input, index) => new BatchInput(index, input.Path, input.Problem is null ? folders.For(input.Path) : null, input.Problem))
            .ToList();
        return new BatchPlan(outputRoot, planned);
    }
}
