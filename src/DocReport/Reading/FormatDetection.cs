using DocReport.Model;

namespace DocReport.Reading;

/// <summary>
/// The format a file's content shows it to be, its decoded text for a text format (null for PDF and DOCX), and whether
/// that text's encoding was guessed (<see cref="TextDecoder.Decode(byte[], out bool)"/>).
/// </summary>
internal sealed record FormatDetection(InputFormat Format, string? Text = null, bool EncodingGuessed = false);
