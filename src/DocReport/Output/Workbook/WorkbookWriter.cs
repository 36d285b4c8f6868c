using DocReport.Model;
using DocReport.Output.Tables;

namespace DocReport.Output.Workbook;

/// <summary>Writes dataset.xlsx: sheets Summary, Paragraphs, Sentences, Claims, Sources, Attributions and Validation, each an Excel table.</summary>
public sealed class WorkbookWriter() : DatasetFileWriter(FileName)
{
    /// <summary>The file name written into an output folder.</summary>
    public const string FileName = "dataset.xlsx";

    /// <inheritdoc />
    public override string Format => OutputFormats.Xlsx;

    /// <summary>Writes the workbook; the same dataset always gives the same bytes.</summary>
    public override void Write(ArticleDataset dataset, Stream output) =>
        WorkbookFile.Write(output, (sheets, token) => Fill(sheets, dataset, token));

    private static async ValueTask Fill(SheetWriter sheets, ArticleDataset dataset, CancellationToken token)
    {
        DatasetTable[] tables =
        [
            DatasetTables.Paragraphs(dataset), DatasetTables.Sentences(dataset),
            DatasetTables.Claims(dataset), DatasetTables.Sources(dataset), DatasetTables.Attributions(dataset),
        ];
        var issues = dataset.Validation.Concat(CellLimitNotes.Find(tables)).ToList();
        await sheets.WriteAsync(SummaryTable.Create(dataset, issues), token);
        foreach (var table in tables)
            await sheets.WriteAsync(table, token);
        await sheets.WriteAsync(DatasetTables.Validation(issues), token);
    }
}
