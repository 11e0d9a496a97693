using AgentStudio.Core.Designs;
using AgentStudio.Core.Running.Records;
using AgentStudio.Core.Running.Tracing;
using AgentStudio.Core.Validation;
using AgentStudio.Designer;
using AgentStudio.Diagram;
using AgentStudio.Playground;
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
    private const string DesignedModels = PlaygroundSessionFactory.AsDesigned;

    // Owned by the page: cancelled when it goes, so loading the design stops with it.
    private readonly CancellationTokenSource _disposed = new();

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
    private IReadOnlyList<string> _suggestions = [];
    private (RunTrace? Trace, int Version, IReadOnlyList<SpanRecord>? Spans) _spans;

    /// <summary>The design's id.</summary>
    [Parameter]
    public Guid Id { get; set; }

    [Inject]
    private IDesignStore Store { get; set; } = default!;

    [Inject]
    private PlaygroundSessionFactory Sessions { get; set; } = default!;

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

    // The agent in control stays lit after the run: it is the one the next message goes to.
    private IReadOnlySet<string> ActiveIds => _session?.ActiveIds ?? new HashSet<string>();

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        var left = _disposed.Token;
        var stored = await Store.GetAsync(Id, left);
        // A page left while its design loaded starts no session.
        left.ThrowIfCancellationRequested();
        if (stored is null || stored.DeletedAt is not null)
        {
            _notFound = true;
            return;
        }

        _design = stored.Document;
        _designName = stored.Document.Name;
        (_nodes, _links) = DiagramProjection.Project(_design);
        _suggestions = PlaygroundSuggestions.For(_design);
        _simulatedOnly = Sessions.SimulatedOnly;
        _knownModels = Sessions.KnownModels;
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
        var (next, problems) = Sessions.Create(Id, _design!, _modelChoice);
        if (next is null)
        {
            _problems = problems;
            return;
        }

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

    // The session changes on the run's thread.
    private void OnSessionChanged() => RenderFromAnyThread();

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

    // A new session forgets the old run, the span picked in its trace too: its details (whole prompts) would otherwise
    // stay on screen, and in the circuit's memory, under an empty timeline, with the diagram still selecting its nodes.
    private void NewSession()
    {
        _session?.Reset();
        _selectedSpan = null;
        _selected = new HashSet<string>();
    }

    private void SelectSpan(SpanRecord span)
    {
        _selectedSpan = span;
        _selected = SpanSelection.DiagramIdsOf(span, Spans ?? []);
    }

    // The playground's canvas is read-only: of its intents, only a click selects (and only one node).
    private void SelectNode(DesignerIntent intent) => _selected = intent switch
    {
        DesignerIntent.Select select => new HashSet<string> { select.Id },
        DesignerIntent.ClearSelection => new HashSet<string>(),
        _ => _selected,
    };

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _disposed.CancelAsync();
        _disposed.Dispose();
        if (_session is not null)
        {
            _session.Changed -= OnSessionChanged;
            await _session.DisposeAsync();
        }
    }
}
