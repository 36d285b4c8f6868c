namespace DocReport.Analysis.Attributions.Tagging;

/// <summary>A word or punctuation mark of the article text, <c>[Start,End)</c>, with its lower-case form.</summary>
internal readonly record struct Token(int Start, int End, string Text, string Lower);
