namespace DocReport.Layout.Infrastructure;

/// <summary>Remembers the deepest element that did not fit, so a layout error can name it.</summary>
internal sealed class WrapDiagnostics
{
    private int depth;
    private int deepest = -1;

    public string? Culprit { get; private set; }

    public void Enter() => depth++;

    public void Leave(Element element, Size available, SpacePlan plan)
    {
        depth--;
        if (plan.IsWrap && depth >= deepest)
        {
            deepest = depth;
            Culprit = $"{element.Describe()} (offered {available})";
        }
    }

    public void Clear()
    {
        deepest = -1;
        Culprit = null;
    }
}
