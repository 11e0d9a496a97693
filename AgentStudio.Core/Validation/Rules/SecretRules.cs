using System.Text.RegularExpressions;
using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Validation.Rules;

/// <summary>
/// Designs never hold credentials: every value that may carry one (http URL, headers, body; mcp
/// environment and headers) references it as <c>${secret:NAME}</c>. A malformed reference, or
/// something that looks like a key written in clear, is an error.
/// </summary>
internal sealed partial class SecretRules : IDesignRule
{
    private static readonly string[] CredentialHeaders = ["authorization", "proxy-authorization", "api-key", "x-api-key", "x-auth-token", "cookie"];

    public void Check(ValidationContext context)
    {
        for (var i = 0; i < context.Design.Tools.Count; i++)
        {
            var tool = context.Design.Tools[i];
            var path = ValidationContext.ToolPath(i);
            foreach (var (field, value, mayHoldCredential) in Values(tool))
            {
                CheckReferences(context, tool, $"{path}.{field}", value);
                if (mayHoldCredential && LooksLikeLiteralSecret(value, isUrl: field == "url"))
                {
                    context.Error(ProblemCodes.LiteralSecret,
                        $"Tool {tool.Name} ({tool.Id}) has a credential written into the design at {field}; secrets never belong in a design. Reference it as ${{secret:NAME}} and set NAME in the app's settings.",
                        $"{path}.{field}", tool.Id);
                }
            }
        }
    }

    /// <summary>Every value of a tool that may hold secret references, with its field's path below the tool.</summary>
    internal static IEnumerable<(string Field, string Value, bool MayHoldCredential)> Values(ToolDefinition tool)
    {
        switch (tool)
        {
            case HttpTool http:
                if (http.Url is { } url)
                {
                    yield return ("url", url, true);
                }

                if (http.Body is { } body)
                {
                    yield return ("body", body, false);
                }

                foreach (var header in http.Headers ?? new Dictionary<string, string>())
                {
                    yield return ($"headers['{header.Key}']", header.Value, CredentialHeaders.Contains(header.Key.ToLowerInvariant()));
                }

                break;
            case McpTool mcp:
                foreach (var variable in mcp.Environment ?? new Dictionary<string, string>())
                {
                    yield return ($"environment['{variable.Key}']", variable.Value, SecretName().IsMatch(variable.Key));
                }

                foreach (var header in mcp.Headers ?? new Dictionary<string, string>())
                {
                    yield return ($"headers['{header.Key}']", header.Value, CredentialHeaders.Contains(header.Key.ToLowerInvariant()));
                }

                if (mcp.Url is { } mcpUrl)
                {
                    yield return ("url", mcpUrl, true);
                }

                break;
        }
    }

    private static void CheckReferences(ValidationContext context, ToolDefinition tool, string path, string value)
    {
        foreach (Match reference in AnyReference().Matches(value))
        {
            if (!WellFormedReference().IsMatch(reference.Value))
            {
                context.Error(ProblemCodes.MalformedSecretReference,
                    $"Tool {tool.Name} ({tool.Id}) has a malformed secret reference '{reference.Value}'; write it as ${{secret:NAME}} with NAME made of letters, digits, '_', '-' or '.'.",
                    path, tool.Id);
            }
        }
    }

    // A credential slot whose value is not only references and placeholders, and carries something key-like.
    // In a URL only query credentials and user:password@ count, since long path segments are normal there.
    private static bool LooksLikeLiteralSecret(string value, bool isUrl)
    {
        var withoutReferences = WellFormedReference().Replace(value, "");
        return isUrl ? UrlCredential().IsMatch(withoutReferences) : KeyLike().IsMatch(withoutReferences);
    }

    [GeneratedRegex(@"\$\{[^}]*\}?")]
    private static partial Regex AnyReference();

    [GeneratedRegex(@"\$\{secret:([A-Za-z0-9_.\-]+)\}")]
    internal static partial Regex WellFormedReference();

    [GeneratedRegex(@"(sk-[A-Za-z0-9_\-]{8,}|(Bearer|Basic|Token)\s+[A-Za-z0-9_\-\.=+/]{8,}|[A-Za-z0-9_\-]{32,})")]
    private static partial Regex KeyLike();

    [GeneratedRegex(@"([?&](api[_-]?key|key|token|access_token|secret)=[^&{\s]{6,}|//[^/@\s]+:[^/@\s]+@)", RegexOptions.IgnoreCase)]
    private static partial Regex UrlCredential();

    [GeneratedRegex(@"(KEY|TOKEN|SECRET|PASSWORD)", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();
}
