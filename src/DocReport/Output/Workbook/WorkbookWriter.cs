using DocReport.Model;
using DocReport.Output.Tables;
using DocReport.Pipeline;

namespace DocReport.Output.Workbook;

/// <summary>Writes dataset.xlsx: sheets Summary, Paragraphs, Sentences, Claims, Sources and Validation, each an Excel table.</summary>
public sealed class WorkbookWriter : IDatasetWriter
{
    /// <summary>The file name written into the output folder.</summary>
    public const string FileName = "dataset.xlsx";

    /// <summary>The format name, <c>xlsx</c>.</summary>
    public string Format => OutputFormats.Xlsx;

    /// <summary>Writes <c>dataset.xlsx</c> into <paramref name="folder"/>, through a temporary file.</summary>
    public void Write(ArticleDataset dataset, string folder) =>
        WorkbookFile.Save(Path.Combine(folder, FileName), (sheets, token) => Fill(sheets, dataset, token));

    private static async ValueTask Fill(SheetWriter sheets, ArticleDataset dataset, CancellationToken token)
    {
        DatasetTable[] tables =
        [
            DatasetTables.Paragraphs(dataset), DatasetTables.Sentences(dataset),
            DatasetTables.Claims(dataset), DatasetTables.Sources(dataset),
        ];
        var issues = dataset.Validation.Concat(CellLimitNotes.Find(tables)).ToList();
        await sheets.WriteAsync(SummaryTable.Create(dataset, issues), token);
        foreach (var table in tables)
            await sheets.WriteAsync(table, token);
        await sheets.WriteAsync(DatasetTables.Validation(issues), token);
    }
}
