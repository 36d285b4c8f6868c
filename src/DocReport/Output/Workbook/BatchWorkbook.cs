using ClosedXML.Excel;
using DocReport.Model;
using DocReport.Output.Tables;

namespace DocReport.Output.Workbook;

/// <summary>
/// One workbook for a batch: a Documents sheet with a row per input (converted or failed), and the Paragraphs,
/// Claims and Sources of every document with a Document column. Keeps only the rows, not the datasets.
/// Safe to call from several threads; rows keep the order of the calls.
/// </summary>
public sealed class BatchWorkbook
{
    /// <summary>Status of a document that was converted.</summary>
    public const string Converted = "converted";
    /// <summary>Status of an input that could not be read or failed validation.</summary>
    public const string Failed = "failed";

    private static readonly TableColumn DocumentColumn = new("documentId");
    private static readonly TableColumn[] DocumentColumns =
    [
        DocumentColumn, new("title", ColumnKind.LongText), new("sourcePath"), new("format"),
        new("status"), new("error", ColumnKind.LongText),
        new("paragraphCount", ColumnKind.Number), new("sentenceCount", ColumnKind.Number),
        new("claimCount", ColumnKind.Number), new("sourceCount", ColumnKind.Number),
        new("warningCount", ColumnKind.Number),
    ];

    // Builds the combined sheets' headers when no document was added.
    private static readonly ArticleDataset Empty = new(new DocumentInfo
    {
        Id = "", Title = "", SourcePath = "", Format = InputFormat.Text, Sha256 = "",
    }, "", []);

    private readonly object gate = new();
    private readonly List<object?[]> documents = [];
    private readonly List<object?[]> paragraphs = [];
    private readonly List<object?[]> claims = [];
    private readonly List<object?[]> sources = [];

    /// <summary>Inputs added so far, converted or failed.</summary>
    public int Count { get { lock (gate) return documents.Count; } }

    /// <summary>Adds a converted document: its row in Documents and its paragraphs, claims and sources.</summary>
    public void Add(ArticleDataset dataset)
    {
        var doc = dataset.Document;
        object?[] row = [doc.Id, doc.Title, doc.SourcePath, DatasetText.Of(doc.Format), Converted, null,
            dataset.Paragraphs.Count, dataset.Paragraphs.Sum(p => p.Sentences.Count), dataset.Claims.Count, dataset.Sources.Count,
            dataset.Validation.Count(v => v.Severity == Severity.Warning)];
        lock (gate)
        {
            documents.Add(row);
            paragraphs.AddRange(Rows(DatasetTables.Paragraphs(dataset), doc.Id));
            claims.AddRange(Rows(DatasetTables.Claims(dataset), doc.Id));
            sources.AddRange(Rows(DatasetTables.Sources(dataset), doc.Id));
        }
    }

    /// <summary>Adds an input that was not converted, as a Documents row with status "failed" and the reason.</summary>
    public void AddFailure(string path, string reason)
    {
        lock (gate) documents.Add([null, null, path, null, Failed, reason, null, null, null, null, null]);
    }

    /// <summary>Writes the workbook to <paramref name="path"/> through a temporary file.</summary>
    public void Save(string path)
    {
        using var workbook = new XLWorkbook();
        lock (gate)
        {
            SheetWriter.Write(workbook, new DatasetTable("Documents", DocumentColumns, documents));
            SheetWriter.Write(workbook, Combined(DatasetTables.Paragraphs(Empty), paragraphs));
            SheetWriter.Write(workbook, Combined(DatasetTables.Claims(Empty), claims));
            SheetWriter.Write(workbook, Combined(DatasetTables.Sources(Empty), sources));
        }
        WorkbookFile.Save(workbook, path, $"DocReport batch of {Count} documents");
    }

    private static IEnumerable<object?[]> Rows(DatasetTable table, string documentId) =>
        table.WithLeadingColumn(DocumentColumn, documentId).Rows;

    private static DatasetTable Combined(DatasetTable empty, List<object?[]> rows) =>
        empty.WithLeadingColumn(DocumentColumn, null) with { Rows = rows };
}
