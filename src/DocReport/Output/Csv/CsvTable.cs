namespace DocReport.Output.Csv;

/// <summary>The tables DocReport writes as CSV, each to the file of its name in lower case (<c>claims.csv</c>).</summary>
public enum CsvTable
{
    /// <summary>One row per paragraph.</summary>
    Paragraphs,
    /// <summary>One row per sentence, with its check-worthiness score.</summary>
    Sentences,
    /// <summary>One row per claim, with its types, score, sources and evidence.</summary>
    Claims,
    /// <summary>One row per attribution: source, cue and content spans.</summary>
    Attributions,
    /// <summary>One row per merged source.</summary>
    Sources,
    /// <summary>One row per validation finding.</summary>
    Validation,
}
