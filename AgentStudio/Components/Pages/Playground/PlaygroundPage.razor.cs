using System.Text.Json;
using System.Text.Json.Nodes;
using AgentStudio.Core.Designs;
using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Compilation;
using AgentStudio.Core.Running.Models;
using AgentStudio.Core.Running.Tools;
using AgentStudio.Core.Running.Tracing;
using AgentStudio.Core.Validation;
using AgentStudio.Diagram;
using AgentStudio.Playground;
using AgentStudio.Running;
using AgentStudio.Storage;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace AgentStudio.Components.Pages.Playground;

/// <summary>
/// Chat with a design: runs stream into the chat, the diagram lights up the active agent and edge, and the trace
/// timeline shows every span. The logic lives in <see cref="PlaygroundSession"/>; this page renders it.
/// </summary>
public sealed partial class PlaygroundPage
{
    private const string DesignedModels = "designed";
    private static readonly JsonSerializerOptions IndentedJson = new() { WriteIndented = true };

    private PlaygroundSession? _session;
    private DesignDocument? _design;
    private string? _designName;
    private IReadOnlyList<DesignProblem>? _problems;
    private IReadOnlyList<DiagramNode> _nodes = [];
    private IReadOnlyList<DiagramLink> _links = [];
    private IReadOnlySet<string> _selected = new HashSet<string>();
    private TraceSpan? _selectedSpan;
    private string _modelChoice = DesignedModels;
    private string? _input;
    private bool _notFound;
    private bool _simulatedOnly;

    /// <summary>The design's id.</summary>
    [Parameter]
    public Guid Id { get; set; }

    [Inject]
    private IDesignStore Store { get; set; } = default!;

    [Inject]
    private IModelProvider Models { get; set; } = default!;

    [Inject]
    private ToolServices Tools { get; set; } = default!;

    [Inject]
    private TimeProvider Time { get; set; } = default!;

    private string Hint => _design?.Name switch
    {
        { } name when name.Contains("support", StringComparison.OrdinalIgnoreCase) => "Try: I was charged twice for my subscription last month.",
        { } name when name.Contains("research", StringComparison.OrdinalIgnoreCase) => "Try: Research the impact of AI on healthcare.",
        _ => "",
    };

    private IReadOnlySet<string> ActiveIds
    {
        get
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            // The agent in control stays lit after the run: it is the one the next message goes to.
            if (_session is { ActiveAgentId: { } agent })
            {
                ids.Add(agent);
            }

            if (_session is { Running: true, ActiveEdgeId: { } edge })
            {
                ids.Add(edge);
            }

            return ids;
        }
    }

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        var stored = await Store.GetAsync(Id);
        if (stored is null || stored.DeletedAt is not null)
        {
            _notFound = true;
            return;
        }

        _design = stored.Document;
        _designName = stored.Document.Name;
        (_nodes, _links) = DiagramProjection.Project(_design);
        _simulatedOnly = Models is ModelCatalog { SimulatedOnly: true };
        await StartSessionAsync();
    }

    private async Task StartSessionAsync()
    {
        if (_session is not null)
        {
            _session.Changed -= OnSessionChanged;
            await _session.DisposeAsync();
            _session = null;
        }

        var compiled = DesignCompiler.Compile(_design!, secrets: Tools.Secrets);
        if (!compiled.Succeeded)
        {
            _problems = [.. compiled.Problems.Where(p => p.IsError)];
            return;
        }

        IModelProvider models = _modelChoice == DesignedModels ? Models : new ModelOverrideProvider(Models, _modelChoice);
        _session = new PlaygroundSession(new AgentRunner(models, Tools, Time), compiled.Design!);
        _session.Changed += OnSessionChanged;
        _selectedSpan = null;
    }

    private void OnSessionChanged() => _ = InvokeAsync(StateHasChanged);

    private async Task SendAsync()
    {
        var input = _input?.Trim();
        if (string.IsNullOrEmpty(input) || _session is null)
        {
            return;
        }

        _input = null;
        _selectedSpan = null;
        await _session.SendAsync(input);
    }

    private async Task OnInputKeyDown(KeyboardEventArgs e)
    {
        if (e.Key == "Enter" && !e.ShiftKey)
        {
            await SendAsync();
        }
    }

    private Task ChangeModelAsync(string choice)
    {
        _modelChoice = choice;
        return StartSessionAsync();
    }

    private void NewSession() => _session?.Reset();

    private void SelectSpan(TraceSpan span)
    {
        _selectedSpan = span;
        var agentName = span.Kind == SpanKind.Agent ? span.Name : _session?.Trace?.Spans.FirstOrDefault(s => s.Id == span.ParentId && s.Kind == SpanKind.Agent)?.Name;
        var nodeId = _design?.Agents.FirstOrDefault(a => a.Name == agentName)?.Id ?? _design?.Tools.FirstOrDefault(t => t.Name == span.Name)?.Id;
        _selected = nodeId is null ? new HashSet<string>() : new HashSet<string> { nodeId };
    }

    private Task SelectNodeAsync((string? Id, bool Additive) select)
    {
        _selected = select.Id is null ? new HashSet<string>() : new HashSet<string> { select.Id };
        return Task.CompletedTask;
    }

    private static string SpanJson(TraceSpan span)
    {
        var data = new JsonObject
        {
            ["started"] = span.StartedAt.ToString("HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture),
            ["duration_ms"] = span.Duration is { } d ? Math.Round(d.TotalMilliseconds, 1) : null,
        };
        foreach (var (key, value) in span.Data)
        {
            data[key] = value;
        }

        return data.ToJsonString(IndentedJson);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_session is not null)
        {
            _session.Changed -= OnSessionChanged;
            await _session.DisposeAsync();
        }
    }
}
