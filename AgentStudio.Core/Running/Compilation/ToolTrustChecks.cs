using System.Text.RegularExpressions;
using AgentStudio.Core.Designs;
using AgentStudio.Core.Running.Tools;
using AgentStudio.Core.Running.Tools.Mcp;
using AgentStudio.Core.Validation;
using AgentStudio.Core.Validation.Rules;

namespace AgentStudio.Core.Running.Compilation;

/// <summary>
/// What a design may do on this machine, checked before a run starts: its secrets must be configured and bound to the
/// hosts its tools send them to, and the MCP programs it starts must be trusted. Each refusal names the tool and field.
/// </summary>
internal static class ToolTrustChecks
{
    /// <summary>The secret references no configured secret answers.</summary>
    public static IEnumerable<DesignProblem> UnresolvedSecrets(DesignDocument design, ISecretResolver? secrets)
    {
        if (secrets is null)
        {
            yield break;
        }

        foreach (var (tool, index, field, name) in References(design))
        {
            if (secrets.Resolve(name) is null)
            {
                yield return new DesignProblem(ProblemCodes.UnresolvedSecret, ProblemSeverity.Error,
                    $"Tool {tool.Name} ({tool.Id}) needs the secret {name}, which is not configured: add it in Settings → Secrets (or AgentStudio:Secrets:{name} in the app's configuration) with the hosts it may be sent to.",
                    $"$.tools[{index}].{field}", tool.Id);
            }
        }
    }

    /// <summary>
    /// The secrets a tool would send to a host they are not bound to, where the design fixes the host (a URL whose
    /// host is filled from the model's arguments is checked when the request is made).
    /// </summary>
    public static IEnumerable<DesignProblem> UnboundSecrets(DesignDocument design, ISecretResolver? secrets)
    {
        if (secrets is null)
        {
            yield break;
        }

        foreach (var (tool, index, field, name) in References(design))
        {
            var host = tool switch
            {
                HttpTool http => FixedHost(http.Url),
                McpTool { Command: null or "" } mcp when field != "url" => FixedHost(mcp.Url),
                _ => null,
            };
            if (host is not null && secrets.Resolve(name) is { } secret && !secret.MaySendTo(host))
            {
                yield return new DesignProblem(ProblemCodes.SecretNotBound, ProblemSeverity.Error,
                    $"Tool {tool.Name} ({tool.Id}) would send the secret {name} to {host}, but the secret is bound to {secret.HostsText}: add {host} to the secret's hosts in Settings → Secrets if it should go there.",
                    $"$.tools[{index}].{field}", tool.Id);
            }
        }
    }

    /// <summary>The MCP command lines <paramref name="trust"/> does not trust.</summary>
    public static IEnumerable<DesignProblem> UntrustedCommands(DesignDocument design, IMcpCommandTrust? trust)
    {
        if (trust is null)
        {
            yield break;
        }

        for (var i = 0; i < design.Tools.Count; i++)
        {
            if (design.Tools[i] is McpTool mcp && McpCommandLine.Of(mcp) is { } commandLine && !trust.IsTrusted(commandLine))
            {
                yield return new DesignProblem(ProblemCodes.UntrustedMcpCommand, ProblemSeverity.Error,
                    UntrustedMessage(mcp.Name, mcp.Id, commandLine), $"$.tools[{i}].command", mcp.Id);
            }
        }
    }

    /// <summary>The refusal of an untrusted command line, the same before a run and when a server would be started.</summary>
    public static string UntrustedMessage(string toolName, string toolId, McpCommandLine commandLine) =>
        $"MCP tool {toolName} ({toolId}) wants to run a program on this machine: {commandLine.Text}. It is not on the trusted list, so it was not started: "
        + "an administrator can trust it in Settings → Trusted MCP commands (or when opening the design); the CLI takes --trust-mcp.";

    private static IEnumerable<(ToolDefinition Tool, int Index, string Field, string Name)> References(DesignDocument design)
    {
        for (var i = 0; i < design.Tools.Count; i++)
        {
            var tool = design.Tools[i];
            foreach (var (field, value, _) in SecretRules.Values(tool))
            {
                foreach (Match reference in SecretRules.WellFormedReference().Matches(value))
                {
                    yield return (tool, i, field, reference.Groups[1].Value);
                }
            }
        }
    }

    // The host of a URL template when the design writes it out; null when arguments or secrets fill it in.
    private static string? FixedHost(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var start = url.IndexOf("://", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var rest = url[(start + 3)..];
        var end = rest.IndexOfAny(['/', '?', '#']);
        var authority = end < 0 ? rest : rest[..end];
        if (authority.Contains("{{", StringComparison.Ordinal) || authority.Contains("${", StringComparison.Ordinal))
        {
            return null;
        }

        return Uri.TryCreate($"http://{authority}/", UriKind.Absolute, out var uri) ? uri.IdnHost : null;
    }
}
