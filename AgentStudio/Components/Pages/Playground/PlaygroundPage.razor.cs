using AgentStudio.Core.Designs;
using AgentStudio.Core.Running;
using AgentStudio.Core.Running.Compilation;
using AgentStudio.Core.Running.Models;
using AgentStudio.Core.Running.Records;
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

    private PlaygroundSession? _session;
    private DesignDocument? _design;
    private string? _designName;
    private IReadOnlyList<DesignProblem>? _problems;
    private IReadOnlyList<DiagramNode> _nodes = [];
    private IReadOnlyList<DiagramLink> _links = [];
    private IReadOnlySet<string> _selected = new HashSet<string>();
    private SpanRecord? _selectedSpan;
    private string _modelChoice = DesignedModels;
    private string? _input;
    private bool _notFound;
    private bool _simulatedOnly;
    private IReadOnlyList<string> _knownModels = [];
    private (RunTrace? Trace, int Version, IReadOnlyList<SpanRecord>? Spans) _spans;

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

    [Inject]
    private IRunStore Runs { get; set; } = default!;

    [Inject]
    private IConfiguration Configuration { get; set; } = default!;

    [Inject]
    private ILogger<PlaygroundPage> Logger { get; set; } = default!;

    private string Hint => _design?.Name switch
    {
        { } name when name.Contains("support", StringComparison.OrdinalIgnoreCase) => "Try: I was charged twice for my subscription last month.",
        { } name when name.Contains("research", StringComparison.OrdinalIgnoreCase) => "Try: Research the impact of AI on healthcare.",
        _ => "",
    };

    // The page re-renders for every streamed token; the spans (whose data holds whole prompts) are copied only
    // when the trace changed.
    private IReadOnlyList<SpanRecord>? Spans
    {
        get
        {
            var trace = _session?.Trace;
            var version = _session?.TraceVersion ?? 0;
            if (!ReferenceEquals(_spans.Trace, trace) || _spans.Version != version)
            {
                _spans = (trace, version, trace is null ? null : SpanRecord.From(trace));
            }

            return _spans.Spans;
        }
    }

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
        _simulatedOnly = Models is AgentStudio.Settings.LiveModelProvider { SimulatedOnly: true } or ModelCatalog { SimulatedOnly: true };
        _knownModels = Models is AgentStudio.Settings.LiveModelProvider live ? live.KnownModels : [];
        await StartSessionAsync();
    }

    // A run refused for an untrusted MCP command may go ahead once an administrator trusts it on this page.
    private async Task RetryAfterTrustAsync()
    {
        _problems = null;
        await StartSessionAsync();
    }

    private async Task StartSessionAsync()
    {
        var compiled = DesignCompiler.Compile(_design!, secrets: Tools.Secrets, mcpTrust: Tools.McpTrust);
        if (!compiled.Succeeded)
        {
            _problems = [.. compiled.Problems.Where(p => p.IsError)];
            return;
        }

        IModelProvider models = _modelChoice == DesignedModels ? Models : new ModelOverrideProvider(Models, _modelChoice);
        var next = new PlaygroundSession(new AgentRunner(models, Tools, Time), compiled.Design!) { RunFinished = SaveRunAsync, RunTimeout = ModelProvidersConfiguration.RunTimeout(Configuration) };
        next.Changed += OnSessionChanged;

        // Swapped in one step: the page never renders without a session, so the diagram is never torn down and
        // rebuilt while its browser half is being attached.
        var previous = _session;
        _session = next;
        _selectedSpan = null;
        if (previous is not null)
        {
            previous.Changed -= OnSessionChanged;
            await previous.DisposeAsync();
        }
    }

    private async Task SaveRunAsync(RunResult result)
    {
        try
        {
            await Runs.SaveAsync(RunRecord.From(Guid.NewGuid(), Id, _designName ?? "", _modelChoice, result));
        }
#pragma warning disable CA1031 // Losing a run's record must not end the conversation; it is logged.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Logger.LogError(e, "Could not store a run of design {DesignId}", Id);
        }
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
        if (choice == _modelChoice)
        {
            return Task.CompletedTask;
        }

        _modelChoice = choice;
        return StartSessionAsync();
    }

    private void NewSession() => _session?.Reset();

    private void SelectSpan(SpanRecord span)
    {
        _selectedSpan = span;
        _selected = SpanSelection.DiagramIdsOf(span, Spans ?? []);
    }

    private Task SelectNodeAsync((string? Id, bool Additive) select)
    {
        _selected = select.Id is null ? new HashSet<string>() : new HashSet<string> { select.Id };
        return Task.CompletedTask;
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
