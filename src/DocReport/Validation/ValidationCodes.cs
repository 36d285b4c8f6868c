namespace DocReport.Validation;

/// <summary>The stable codes of every validation rule; outputs and scripts may rely on them.</summary>
public static class ValidationCodes
{
    /// <summary>Error: the document has no title.</summary>
    public const string TitleMissing = "DR-TITLE-MISSING";
    /// <summary>Error: the article has no paragraphs.</summary>
    public const string ParagraphsMissing = "DR-PARAGRAPHS-MISSING";
    /// <summary>Error: <c>[Start,End)</c> is not a range inside the text (negative, reversed or past its end).</summary>
    public const string OffsetsOutOfRange = "DR-OFFSETS-RANGE";
    /// <summary>Error: the text at <c>[Start,End)</c> is not the record's text.</summary>
    public const string OffsetsTextMismatch = "DR-OFFSETS-TEXT";
    /// <summary>Error: a sentence lies outside the paragraph that holds it.</summary>
    public const string SentenceOutsideParagraph = "DR-SENTENCE-OUTSIDE-PARAGRAPH";
    /// <summary>Error: a claim names a sentence that does not exist.</summary>
    public const string ClaimSentenceMissing = "DR-CLAIM-SENTENCE-MISSING";
    /// <summary>Error: a claim names a paragraph that does not exist.</summary>
    public const string ClaimParagraphMissing = "DR-CLAIM-PARAGRAPH-MISSING";
    /// <summary>Error: a claim names a source that does not exist.</summary>
    public const string ClaimSourceMissing = "DR-CLAIM-SOURCE-MISSING";
    /// <summary>Error: an attribution names a sentence that does not exist.</summary>
    public const string AttributionSentenceMissing = "DR-ATTRIBUTION-SENTENCE-MISSING";
    /// <summary>Error: an attribution names a source that does not exist.</summary>
    public const string AttributionSourceMissing = "DR-ATTRIBUTION-SOURCE-MISSING";
    /// <summary>Error: a belief attribution names a source: a belief ("X wants") cites no one.</summary>
    public const string AttributionBeliefSourced = "DR-ATTRIBUTION-BELIEF-SOURCED";
    /// <summary>Error: a source lists a claim that does not exist.</summary>
    public const string SourceClaimMissing = "DR-SOURCE-CLAIM-MISSING";
    /// <summary>Error: two paragraphs, sentences, claims, attributions or sources share an identifier.</summary>
    public const string DuplicateId = "DR-ID-DUPLICATE";
    /// <summary>Error: the published date is not an ISO 8601 date of a real day after 1900 (a default such as 0001-01-01 is no date).</summary>
    public const string PublishedInvalid = "DR-PUBLISHED-INVALID";
    /// <summary>Error: a score is outside [0,1].</summary>
    public const string ScoreOutOfRange = "DR-SCORE-RANGE";

    /// <summary>Warning: the article is very short.</summary>
    public const string ArticleShort = "DR-ARTICLE-SHORT";
    /// <summary>Warning: a paragraph is very long, often several paragraphs the reader could not separate.</summary>
    public const string ParagraphLong = "DR-PARAGRAPH-LONG";
    /// <summary>Warning: a paragraph looks like page furniture left in the text.</summary>
    public const string FurnitureLeftover = "DR-FURNITURE-LEFTOVER";
    /// <summary>Warning: the text holds U+FFFD replacement characters, the mark of a wrong decoding.</summary>
    public const string ReplacementCharacters = "DR-TEXT-REPLACEMENT-CHAR";
    /// <summary>Warning: the reader repaired characters of UTF-8 that had been read as Windows-1252 ("Ã©" for "é").</summary>
    public const string TextRepaired = "DR-TEXT-REPAIRED";
    /// <summary>Warning: the input declared no encoding, was not UTF-8, and was read as Windows-1252, which its bytes do not look like.</summary>
    public const string EncodingGuessed = "DR-ENCODING-GUESSED";
    /// <summary>Warning: no installed font draws some script of the article, so the brief shows its characters as boxes.</summary>
    public const string ScriptWithoutFont = "DR-SCRIPT-NO-FONT";
    /// <summary>Warning: the title looks like page furniture.</summary>
    public const string TitleFurniture = "DR-TITLE-FURNITURE";
    /// <summary>Warning: the document had no title; one was made from its first sentence or its file name.</summary>
    public const string TitleDerived = "DR-TITLE-DERIVED";
    /// <summary>Warning: the brief's outline shows only the first paragraphs, to stay within the brief's page limit.</summary>
    public const string BriefTruncated = "DR-BRIEF-TRUNCATED";
    /// <summary>Warning: content larger than a page is drawn cut at the page's edge in the brief.</summary>
    public const string BriefClipped = "DR-BRIEF-CLIPPED";
    /// <summary>Warning: a workbook cell was cut at Excel's 32,767-character limit (called <c>xlsx.cell_truncated</c> before round 24b).</summary>
    public const string WorkbookCellTruncated = "DR-XLSX-CELL-TRUNCATED";
    /// <summary>Warning: the article does not read as English, which its claims, attributions and sources are found for.</summary>
    public const string NotEnglish = "DR-LANGUAGE-NOT-ENGLISH";
    /// <summary>Warning: the title is too long to be a headline.</summary>
    public const string TitleLong = "DR-TITLE-LONG";
}
