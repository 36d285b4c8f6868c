using DocReport.Layout.Elements;
using DocReport.Layout.Infrastructure;
using SkiaSharp;

namespace DocReport.Layout.Drawing;

/// <summary>Draws one page: colour, background, header, as much content as fits, footer.</summary>
internal sealed class PageRenderer(Page page, RenderContext context)
{
    /// <summary>Draws the page and returns the content's plan: partial when more content remains.</summary>
    public SpacePlan Render()
    {
        var area = page.ContentArea;
        if (page.Color is { } color)
        {
            using var paint = new SKPaint { Color = color };
            context.Canvas.DrawRect(0, 0, page.Size.Width, page.Size.Height, paint);
        }
        DrawFixed(page.Background, page.Size, 0, 0);
        var header = Height(page.Header, area, "header");
        var footer = Height(page.Footer, area, "footer");
        var top = header > 0 ? header + page.HeaderSpacing : 0;
        var bottom = footer > 0 ? footer + page.FooterSpacing : 0;
        var body = new Size(area.Width, area.Height - top - bottom);
        var plan = page.Content.Measure(body);
        if (plan.IsWrap)
        {
            // Every page starts empty: content that wraps here would wrap on every page, so keeping parts together gives way.
            context.KeepTogetherRelaxed = true;
            plan = page.Content.Measure(body);
        }
        if (plan.IsWrap)
        {
            var (oversize, cutPlan) = OversizeContent.Fit(page.Content, body) ?? throw NeverFits(body);
            plan = cutPlan;
            context.CutPages.Add(context.PageNumber);
            context.Translated(page.MarginLeft, page.MarginTop + top, () => OversizeContent.Draw(page.Content, context, oversize, plan, body));
        }
        else context.Translated(page.MarginLeft, page.MarginTop + top, () => page.Content.Draw(new Size(body.Width, plan.Height)));
        context.KeepTogetherRelaxed = false;
        DrawFixed(page.Header, new Size(area.Width, header), page.MarginLeft, page.MarginTop);
        DrawFixed(page.Footer, new Size(area.Width, footer), page.MarginLeft, page.MarginTop + area.Height - footer);
        return plan;
    }

    private float Height(Container slot, Size area, string name)
    {
        slot.ResetState();
        var plan = slot.Measure(area);
        if (plan.IsWrap || plan.IsPartial)
            throw new LayoutException($"The page {name} does not fit in {area}; shorten it or reduce the margins.");
        return plan.Height;
    }

    private void DrawFixed(Container slot, Size size, float x, float y)
    {
        slot.ResetState();
        if (size.Height <= 0) return;
        context.Translated(x, y, () => slot.Draw(size));
    }

    private LayoutException NeverFits(Size body)
    {
        context.Diagnostics.Clear();
        page.Content.Measure(body);
        var culprit = context.Diagnostics.Culprit ?? "The page content";
        return new LayoutException(
            $"Page {context.PageNumber}: {culprit} does not fit even on an empty page, whose content area is {body}. " +
            "Make it smaller, allow it to split across pages, or enlarge the page.");
    }
}
