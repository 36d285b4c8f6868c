namespace DocReport.Analysis.Attributions.Tagging;

/// <summary>The tag of a token: outside, or the beginning or inside of a source, cue or content span.</summary>
internal enum Tag { Outside, SourceBegin, SourceInside, CueBegin, CueInside, ContentBegin, ContentInside }

/// <summary>The part of an attribution a tagged span is.</summary>
internal enum SpanRole { Source, Cue, Content }

internal static class Tags
{
    public const int Count = 7;

    /// <summary>An inside tag follows only the beginning or inside of its own role, so every decoded span is well formed.</summary>
    public static bool CanFollow(Tag previous, Tag next) => next switch
    {
        Tag.SourceInside => previous is Tag.SourceBegin or Tag.SourceInside,
        Tag.CueInside => previous is Tag.CueBegin or Tag.CueInside,
        Tag.ContentInside => previous is Tag.ContentBegin or Tag.ContentInside,
        _ => true,
    };

    public static bool CanStart(Tag tag) => tag is not (Tag.SourceInside or Tag.CueInside or Tag.ContentInside);

    public static SpanRole? RoleOf(Tag tag) => tag switch
    {
        Tag.SourceBegin or Tag.SourceInside => SpanRole.Source,
        Tag.CueBegin or Tag.CueInside => SpanRole.Cue,
        Tag.ContentBegin or Tag.ContentInside => SpanRole.Content,
        _ => null,
    };

    public static Tag Begin(SpanRole role) => role switch { SpanRole.Source => Tag.SourceBegin, SpanRole.Cue => Tag.CueBegin, _ => Tag.ContentBegin };

    public static Tag Inside(SpanRole role) => (Tag)((int)Begin(role) + 1);
}
