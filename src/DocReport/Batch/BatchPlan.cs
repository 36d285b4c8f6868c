namespace DocReport.Batch;

/// <summary>One input of a batch: its place in the input order, its path, and its output folder or the reason it cannot be read.</summary>
/// <param name="Index">Position in the whole batch's input order, from 0.</param>
/// <param name="Path">The input file as given or as found in a folder.</param>
/// <param name="Key">The input's path relative to the folder argument it was found in (or the argument): the same on every machine.</param>
/// <param name="Folder">The document's output folder; null when the input names nothing readable.</param>
/// <param name="Problem">Why the input cannot be converted (e.g. "no such file or folder"); null when it can be tried.</param>
public sealed record BatchInput(int Index, string Path, string Key, string? Folder, string? Problem);

/// <summary>The inputs of a batch, expanded from the arguments in a stable order, each with its output folder.</summary>
/// <param name="OutputRoot">The folder that holds one sub-folder per document.</param>
/// <param name="Inputs">The inputs this run converts, in input order, including those that name nothing.</param>
/// <param name="InputCount">How many inputs the whole batch has, over every shard.</param>
/// <param name="Shard">The share of the batch this plan holds.</param>
public sealed record BatchPlan(string OutputRoot, IReadOnlyList<BatchInput> Inputs, int InputCount, BatchShard Shard)
{
    /// <summary>The input that stands for standard input (<see cref="BatchOptions.StandardInput"/>); it may appear once.</summary>
    public const string StandardInput = "-";

    /// <summary>
    /// Expands <paramref name="inputs"/> (files, folders searched recursively for article files, http or https addresses
    /// to download, or <see cref="StandardInput"/>) into a plan. Output folders are named over the whole batch, so a
    /// shard's documents get the folders a single run would give them.
    /// </summary>
    public static BatchPlan Create(IEnumerable<string> inputs, string outputRoot, BatchShard? shard = null)
    {
        var folders = new OutputFolders(outputRoot);
        var all = InputExpander.Expand(inputs)
            .Select((input, index) => new BatchInput(index, input.Path, input.Key, input.Problem is null ? folders.For(input.Path) : null, input.Problem))
            .ToList();
        shard ??= BatchShard.Whole;
        return new BatchPlan(outputRoot, all.Where(i => shard.Owns(i.Key)).ToList(), all.Count, shard);
    }

    /// <summary>How many symbolic links to article files the folders among <paramref name="inputs"/> hold: never followed
    /// inside a folder (a link may loop or point at system files), so a plan leaves them out.</summary>
    public static int LinksSkipped(IEnumerable<string> inputs) => InputExpander.LinksSkipped(inputs);

    /// <summary>The endings of the files a folder gives (".txt .text .md ..."); other files in a folder are left out.</summary>
    public static string ArticleEndings => InputExpander.ArticleEndings;
}
