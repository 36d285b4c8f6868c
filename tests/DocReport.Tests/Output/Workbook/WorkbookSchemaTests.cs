using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocReport.Output.Workbook;

namespace DocReport.Tests.Output.Workbook;

/// <summary>Excel repairs (and warns about) a file that breaks the Open XML schema; the SDK's validator finds the same faults.</summary>
public sealed class WorkbookSchemaTests
{
    private static void AssertValid(string path)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var errors = new OpenXmlValidator().Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void The_dataset_workbook_passes_the_Open_XML_schema()
    {
        using var folder = new TempFolder();
        new WorkbookWriter().Write(SampleDataset.Create(), folder.Path);
        AssertValid(folder.File(WorkbookWriter.FileName));
    }

    [Fact]
    public void The_batch_workbook_passes_the_Open_XML_schema()
    {
        using var folder = new TempFolder();
        using var batch = new BatchWorkbook();
        batch.Add(SampleDataset.Create());
        batch.AddFailure("broken.pdf", "truncated PDF");
        batch.Save(folder.File("batch.xlsx"));
        AssertValid(folder.File("batch.xlsx"));
    }
}
