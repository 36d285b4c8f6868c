using ClosedXML.Excel;
using DocReport.Output;
using DocReport.Output.Brief;
using DocReport.Output.Csv;
using DocReport.Output.Json;
using DocReport.Output.Workbook;
using UglyToad.PdfPig;

namespace DocReport.Tests.Output;

/// <summary>Every output written to a stream a web response or a pipe would give: forward only, left open.</summary>
public sealed class StreamWritingTests
{
    /// <summary>A stream that can only be written forward, and tells whether it was closed.</summary>
    private sealed class ForwardOnlyStream : Stream
    {
        private readonly MemoryStream inner = new();
        public bool Closed { get; private set; }
        public byte[] Bytes => inner.ToArray();
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => !Closed;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
        protected override void Dispose(bool disposing) => Closed = true;
    }

    private static ForwardOnlyStream WriteToStream(DatasetFileWriter writer)
    {
        var stream = new ForwardOnlyStream();
        writer.Write(SampleDataset.Create(), stream);
        Assert.False(stream.Closed);
        return stream;
    }

    private static byte[] WriteToFolder(DatasetFileWriter writer, string fileName)
    {
        using var folder = new TempFolder();
        writer.Write(SampleDataset.Create(), folder.Path);
        return File.ReadAllBytes(folder.File(fileName));
    }

    [Fact]
    public void Json_to_a_stream_is_the_file_byte_for_byte()
    {
        var writer = new JsonDatasetWriter();
        Assert.Equal(WriteToFolder(writer, JsonDatasetWriter.FileName), WriteToStream(writer).Bytes);
    }

    [Fact]
    public void A_workbook_to_a_stream_opens_with_its_sheets_and_is_the_file_byte_for_byte()
    {
        var bytes = WriteToStream(new WorkbookWriter()).Bytes;
        using var workbook = new XLWorkbook(new MemoryStream(bytes));

        Assert.Equal(["Summary", "Paragraphs", "Sentences", "Claims", "Sources", "Attributions", "Validation"], workbook.Worksheets.Select(w => w.Name));
        Assert.Equal(SampleDataset.Create().Paragraphs.Count, workbook.Worksheet("Paragraphs").Tables.Single().DataRange.RowCount());
        Assert.Equal(WriteToFolder(new WorkbookWriter(), WorkbookWriter.FileName), bytes);
    }

    [Fact]
    public void A_brief_to_a_stream_is_a_pdf_with_the_article_title()
    {
        var template = BriefTemplateLoader.Load(null).Value!;

        using var pdf = PdfDocument.Open(WriteToStream(new BriefWriter(template)).Bytes);

        Assert.True(pdf.NumberOfPages >= 1);
        Assert.Contains("title — Ελληνικά", pdf.Information.Title);
    }

    [Fact]
    public void One_csv_table_to_a_stream_is_its_file_byte_for_byte()
    {
        using var folder = new TempFolder();
        var writer = new CsvDatasetWriter();
        writer.Write(SampleDataset.Create(), folder.Path);

        foreach (var table in Enum.GetValues<CsvTable>())
        {
            var stream = new ForwardOnlyStream();
            writer.Write(SampleDataset.Create(), table, stream);
            Assert.False(stream.Closed);
            Assert.Equal(File.ReadAllBytes(folder.File(CsvDatasetWriter.FileName(table))), stream.Bytes);
        }
    }
}
