using DocReport.Model;
using DocReport.Reading.Html;

namespace DocReport.Pipeline;

/// <summary>What a downloaded document's address adds to what the reader found in it.</summary>
internal static class DownloadAddress
{
    /// <summary>The address (after redirects) is the document's when it names none, and its dated path
    /// ("/2021/03/04/harbour-inquiry") gives the date when the document gives none: last, since a date the document states is
    /// the better evidence.</summary>
    public static RawDocument Apply(RawDocument document, string? address) =>
        address is null ? document : document with
        {
            Metadata = document.Metadata with
            {
                Url = document.Metadata.Url ?? address,
                Published = document.Metadata.Published ?? PublishedDate.FromUrl(address),
            },
        };
}
