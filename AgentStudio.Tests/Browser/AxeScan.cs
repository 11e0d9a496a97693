using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace AgentStudio.Tests.Browser;

/// <summary>
/// Runs axe-core (Deque.AxeCore.Playwright) on what a page shows now and describes the violations that block people:
/// those axe rates <c>serious</c> or <c>critical</c>. Minor and moderate findings (best practices such as every
/// element inside a landmark) are left to the page's own tests.
/// </summary>
internal static class AxeScan
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    /// <summary>
    /// Waits for the page's finite animations to end, scans the whole document and returns one line per serious or
    /// critical violation: where the scan ran, the rule id, its impact, the help text and the offending elements'
    /// selectors with axe's reason. Empty when axe found none.
    /// </summary>
    public static async Task<IReadOnlyList<string>> BlockingViolationsAsync(IPage page, string where)
    {
        // Scan the colours the page settles on, not a frame of a fade (a snackbar or dialog appearing blends its colours).
        await page.EvaluateAsync("""
            () => Promise.all(document.getAnimations()
                .filter(animation => animation.effect?.getTiming().iterations !== Infinity)
                .map(animation => animation.finished.catch(() => undefined)))
            """);
        var result = await page.RunAxe();
        return [.. result.Violations
            .Where(violation => BlockingImpacts.Contains(violation.Impact))
            .Select(violation => Describe(where, violation))];
    }

    private static string Describe(string where, AxeResultItem violation)
    {
        var targets = string.Join(" | ", violation.Nodes.Take(8).Select(Describe));
        var more = violation.Nodes.Length > 8 ? $" (+{violation.Nodes.Length - 8} more)" : "";
        return $"{where}: {violation.Id} [{violation.Impact}] {violation.Help} — {targets}{more} ({violation.HelpUrl})";
    }

    // The element's selector and why it failed (for contrast: the two colours and the ratio found).
    private static string Describe(AxeResultNode node)
    {
        var why = (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []).Select(check => check.Message).FirstOrDefault(message => !string.IsNullOrEmpty(message)) ?? "";
        return why.Length == 0 ? $"{node.Target}" : $"{node.Target} ⟨{(why.Length > 160 ? why[..160] + "…" : why)}⟩";
    }
}
