namespace DocReport.Analysis.Claims;

/// <summary>The evidence kinds written into <see cref="Model.Evidence.Kind"/>.</summary>
internal static class EvidenceKind
{
    public const string Number = "number";
    public const string Percent = "percent";
    public const string Money = "money";
    public const string Quantity = "quantity";
    public const string Date = "date";
    public const string Duration = "duration";
    /// <summary>An age ("a 34-year-old man", "aged 71"): it describes someone or something, so it is neither a statistic nor a time.</summary>
    public const string Age = "age";
    public const string Entity = "entity";

    /// <summary>Kinds that state how many or how much.</summary>
    public static bool IsStatistic(string kind) => kind is Number or Percent or Money or Quantity;

    /// <summary>Kinds that place a fact in time.</summary>
    public static bool IsTemporal(string kind) => kind is Date or Duration;
}
