using FluentValidation;

namespace DocReport.Validation;

/// <summary>Rules several model types share, so each is written once.</summary>
internal static class RuleExtensions
{
    /// <summary>The two offset rules of a record with text at <c>[Start,End)</c> of the dataset's text.</summary>
    public static void RuleForOffsets<T>(this AbstractValidator<T> validator,
        Func<T, string> text, Func<T, int> start, Func<T, int> end)
    {
        // The index-dependent part of a message is put in the context when the rule fails: the rules outlive any one dataset.
        validator.RuleFor(x => start(x))
            .Must((x, _, context) =>
            {
                var index = DatasetIndex.Of(context);
                if (index.InRange(start(x), end(x))) return true;
                context.MessageFormatter.AppendArgument("TextLength", index.Text.Length);
                return false;
            })
            .WithErrorCode(ValidationCodes.OffsetsOutOfRange)
            .WithMessage(x => $"{{PropertyPath}}: [{start(x)},{end(x)}) is not a range inside the text of {{TextLength}} characters.")
            .OverridePropertyName("Start");
        validator.RuleFor(x => text(x))
            .Must((x, _, context) =>
            {
                var index = DatasetIndex.Of(context);
                if (index.Slices(text(x), start(x), end(x))) return true;
                context.MessageFormatter.AppendArgument("TextAtOffsets", Excerpt(index.Text[start(x)..end(x)]));
                return false;
            })
            .WithErrorCode(ValidationCodes.OffsetsTextMismatch)
            .WithMessage(x => $"{{PropertyPath}}: the text at [{start(x)},{end(x)}) is \"{{TextAtOffsets}}\", not \"{Excerpt(text(x))}\".")
            .OverridePropertyName("Text");
    }

    /// <summary>Error when a record's identifier repeats an earlier one of its kind.</summary>
    public static IRuleBuilderOptions<T, string> IsUnique<T>(this IRuleBuilder<T, string> rule) where T : notnull =>
        rule.Must((record, _, context) => !DatasetIndex.Of(context).IsRepeated(record))
            .WithErrorCode(ValidationCodes.DuplicateId)
            .WithMessage("{PropertyPath}: the identifier '{PropertyValue}' is used more than once.");

    /// <summary>Error when a score is outside [0,1] (or not a number).</summary>
    public static IRuleBuilderOptions<T, double> IsScore<T>(this IRuleBuilder<T, double> rule) =>
        rule.Must(score => score is >= 0 and <= 1)
            .WithErrorCode(ValidationCodes.ScoreOutOfRange)
            .WithMessage("{PropertyPath}: {PropertyValue} is not a score in [0,1].");

    /// <summary>Error when an identifier names nothing that exists in the dataset's index.</summary>
    public static IRuleBuilderOptions<T, string> Names<T>(this IRuleBuilder<T, string> rule, Func<DatasetIndex, string, bool> exists, string what, string code) =>
        rule.Must((_, id, context) => exists(DatasetIndex.Of(context), id))
            .WithErrorCode(code)
            .WithMessage($"{{PropertyPath}}: no {what} has the identifier '{{PropertyValue}}'.");

    /// <summary>The start of a text, short enough for a message.</summary>
    public static string Excerpt(string text) => text.Length <= 60 ? text : text[..57] + "...";

    /// <summary>Words between spaces, plus each Han, kana or Hangul character: those scripts do not separate words with spaces.</summary>
    public static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (IsUnspacedScript(c)) { count++; inWord = false; }
            else if (char.IsWhiteSpace(c)) inWord = false;
            else if (!inWord) { count++; inWord = true; }
        }
        return count;
    }

    /// <summary>A Han, kana or Hangul character: the scripts <see cref="WordCount"/> counts a word a character.</summary>
    public static bool IsUnspacedScript(char c) =>
        c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF';

    /// <summary>FluentValidation's severity as the model's.</summary>
    public static Model.Severity ToModel(this FluentValidation.Severity severity) =>
        severity == FluentValidation.Severity.Error ? Model.Severity.Error : Model.Severity.Warning;
}
