using DocReport.Model;
using DocReport.Pipeline;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace DocReport.Reading.Pdf;

/// <summary>Reads a PDF with PdfPig: lines in reading order, running headers and page numbers removed, paragraphs rebuilt, document-info metadata.</summary>
internal sealed class PdfTextReader : IFormatReader
{
    // A PDF that only restricts copying or printing opens with the empty password; this one needs the password to open.
    private const string PasswordReason = "password-protected PDF: open it with its password and save a copy without one";

    // The trailer names an encryption dictionary PdfPig cannot use (a key length past 128 bits, no /O or /U hash, no
    // /Filter): .NET's own words ("Specified argument was out of the range of valid values.") say nothing to a user.
    private const string DamagedEncryptionReason =
        "encrypted PDF with a damaged encryption dictionary: it cannot be decrypted, even with its password; ask its sender for a copy without a password";

    public StageResult<ReadContent> Read(byte[] bytes)
    {
        var tail = bytes.AsSpan(Math.Max(0, bytes.Length - 2048));
        if (tail.IndexOf("%%EOF"u8) < 0) return StageResult<ReadContent>.Failure("truncated PDF: no %%EOF marker at the end of the file");
        try
        {
            using var pdf = PdfDocument.Open(bytes);
            if (EmbeddedFonts.Check(pdf) is { } unsafeFont) return StageResult<ReadContent>.Failure(unsafeFont);
            var (lines, pages, read, fonts) = (new List<PdfLine>(), pdf.NumberOfPages, 0, new FontStyles());
            IReadOnlyList<Gutter> gutters = [];
            foreach (var page in pdf.GetPages())
            {
                lines.AddRange(Lines(page, fonts, ref gutters));
                PageProgress.Read(++read, pages);
            }
            if (lines.Count == 0) return StageResult<ReadContent>.Failure("PDF without extractable text (a scanned image?)");
            var (text, notes) = PageNotes.Split(lines, pdf.NumberOfPages);
            var body = TitleLines.First(PageFurniture.Remove(text, pdf.NumberOfPages));
            var blocks = ParagraphBuilder.Build(body).ToList();
            NotesSection.Append(blocks, () => blocks.AddRange(notes));
            return StageResult<ReadContent>.Success(new ReadContent(Text.TopMatter.Over(Metadata(pdf.Information), blocks), blocks));
        }
        catch (PdfDocumentEncryptedException)
        {
            return StageResult<ReadContent>.Failure(PasswordReason);
        }
        catch (Exception e) when (InEncryption(e))
        {
            return StageResult<ReadContent>.Failure(DamagedEncryptionReason);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or StackOverflowException))
        {
            return StageResult<ReadContent>.Failure("damaged PDF: " + e.Message);
        }
    }

    // Thrown while PdfPig read the encryption dictionary or derived the key from it (its Encryption namespace, or the
    // document factory's GetEncryptionDictionary): the dictionary is at fault, not the pages.
    private static bool InEncryption(Exception e) =>
        e is not (OutOfMemoryException or StackOverflowException)
        && new System.Diagnostics.StackTrace(e, false).GetFrames().Any(f => f.GetMethod() is { } m
            && (m.DeclaringType?.Namespace == "UglyToad.PdfPig.Encryption" || m.Name.Contains("Encryption", StringComparison.Ordinal)));

    // Words on (nearly) the same baseline form a line; lines run top to bottom, words left to right. On a page set in
    // columns (two or more) each column is read before the next, between the lines that span them (a title, a standfirst,
    // a wide figure), which are read where they stand. <paramref name="gutters"/> holds the page before's gutters, then this page's.
    private static IEnumerable<PdfLine> Lines(Page page, FontStyles fonts, ref IReadOnlyList<Gutter> gutters)
    {
        var (words, suffixes) = RaisedWords.Attach(NoteMarks.WithoutMarkWords(page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList()));
        PdfLine AsLine(List<Word> line) => ToLine(line, page, suffixes, fonts);
        var lines = Baselines(words).ToList();
        var found = gutters = ColumnLayout.Gutters(lines, page.Width, gutters);
        if (found.Count == 0) return lines.Select(AsLine);
        var ordered = new List<PdfLine>();
        var columns = Enumerable.Range(0, found.Count + 1).Select(_ => new List<Word>()).ToList();
        void Flush()
        {
            foreach (var (column, index) in columns.Select((c, i) => (c, i)))
            {
                ordered.AddRange(Baselines(column).Select(l => AsLine(l) with { Column = index }));
                column.Clear();
            }
        }
        foreach (var line in lines)
        {
            if (found.Any(g => Spans(line, g)))
            {
                Flush();
                ordered.Add(AsLine(line) with { Column = -1 });
                continue;
            }
            foreach (var word in line) columns[ColumnLayout.ColumnOf(word, found)].Add(word);
        }
        Flush();
        return ordered;
    }

    // A line spans a gutter when a word crosses its middle, or when its words on either side are closer than a gutter is
    // wide: a title in large type may have a word space where the column text has its gutter. A run of words that opens
    // left of the gutter and crosses its middle by a little (a table wider than its column) stays in its column.
    private static bool Spans(List<Word> line, Gutter g)
    {
        var gutter = g.Middle;
        if (ColumnLayout.Runs(line).Any(r => r.Any(w => w.BoundingBox.Left < gutter && w.BoundingBox.Right > gutter) && !ColumnLayout.Overhangs(r, g))) return true;
        var leftEnd = line.Where(w => w.BoundingBox.Right <= gutter).Select(w => w.BoundingBox.Right).DefaultIfEmpty(double.NaN).Max();
        var rightStart = line.Where(w => w.BoundingBox.Left >= gutter).Select(w => w.BoundingBox.Left).DefaultIfEmpty(double.NaN).Min();
        return rightStart - leftEnd < ColumnLayout.MinGutterWidth;
    }

    private static IEnumerable<List<Word>> Baselines(IEnumerable<Word> words)
    {
        var sorted = words.OrderByDescending(w => Math.Round(w.BoundingBox.Bottom, 1)).ThenBy(w => w.BoundingBox.Left).ToList();
        var current = new List<Word>();
        foreach (var word in sorted)
        {
            if (current.Count > 0 && Math.Abs(current[0].BoundingBox.Bottom - word.BoundingBox.Bottom) > Math.Max(1, current[0].BoundingBox.Height * 0.5))
            {
                yield return current;
                current = [];
            }
            current.Add(word);
        }
        if (current.Count > 0) yield return current;
    }

    private static PdfLine ToLine(List<Word> words, Page page, Dictionary<Word, string> suffixes, FontStyles fonts)
    {
        var ordered = words.OrderBy(w => w.BoundingBox.Left).ToList();
        var sizes = ordered.SelectMany(w => w.Letters).Select(l => l.PointSize).Order().ToList();
        var size = sizes.Count > 0 ? sizes[sizes.Count / 2] : 0;
        var rightToLeft = RightToLeftLines.IsRightToLeft(ordered);
        string Text(Word w) => KangxiRadicals.Fold(rightToLeft ? RightToLeftLines.Logical(w, NoteMarks.Without(w)) : NoteMarks.Without(w)) + suffixes.GetValueOrDefault(w, "");
        var texts = ordered.Select(Text).ToList();
        // A right-to-left line reads from its right end (a raised mark drawn after a word, at its left, stays after it).
        var text = rightToLeft
            ? RightToLeftLines.Line(ordered.Select(w => (w, suffixes.GetValueOrDefault(w, "") + NoteMarks.Without(w))).ToList())
            : string.Join(' ', texts);
        var cells = new List<PdfCell>();
        var start = 0;
        for (var i = 1; i <= ordered.Count; i++)
        {
            if (i < ordered.Count && ordered[i].BoundingBox.Left - ordered[i - 1].BoundingBox.Right <= size * PdfCell.MinGap) continue;
            // a line of one run left to right (prose) is its own text: the same string, not a copy, is kept
            cells.Add(new PdfCell(start == 0 && i == ordered.Count && !rightToLeft ? text : string.Join(' ', texts[start..i]),
                ordered[start].BoundingBox.Left, ordered[i - 1].BoundingBox.Right));
            start = i;
        }
        var letters = ordered.SelectMany(w => w.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        return new PdfLine(text, page.Number,
            ordered.Max(w => w.BoundingBox.Top), ordered.Min(w => w.BoundingBox.Bottom), size, page.Height)
        {
            Cells = cells,
            RightToLeft = rightToLeft,
            WordPlaces = LineWords.Of(texts, ordered.Select(w => (w.BoundingBox.Left, w.BoundingBox.Right)).ToList(), rightToLeft ? null : text),
            Bold = letters.Count > 0 && letters.Count(fonts.IsBold) >= letters.Count * 0.9,
            FixedPitch = letters.Count > 0 && letters.Count(fonts.IsFixedPitch) >= letters.Count * 0.9,
        };
    }

    // The document information's CreationDate is when the file was written (a conversion, a printout, a download), not
    // when the article was published: it is no publication date, and a PDF gives one only where its text states it
    // (the top matter's date line). ModDate is the same kind of date.
    private static DocumentMetadata Metadata(UglyToad.PdfPig.Content.DocumentInformation info) => new()
    {
        Title = Blank(info.Title),
        Authors = Blank(info.Author) is { } author ? BylineText.SplitNames(author) : [],
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
