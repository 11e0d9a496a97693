using AgentStudio.Core.Designs;
using AgentStudio.Designer;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.JSInterop;

namespace AgentStudio.Diagram;

/// <summary>
/// Draws nodes and links and turns the browser's finished gestures into <see cref="DesignerIntent"/>s (move,
/// connect, add, select, delete, undo, redo). It holds no document: the page's <see cref="DesignerSession"/> does.
/// </summary>
public sealed partial class DiagramCanvas : IAsyncDisposable
{
    private ElementReference _root;
    private IJSObjectReference? _module;
    private IJSObjectReference? _handle;
    private DotNetObjectReference<DiagramCanvas>? _self;
    private Dictionary<string, DiagramNode> _nodesById = [];
    // Cancelled when the canvas leaves the page: calls into its browser half that are still waiting end then.
    private readonly CancellationTokenSource _lifetime = new();
    private bool _attached;
    // The last KeepInView the browser was asked to reveal: it pans once per change, not on every render.
    private string? _revealed;
    // What the browser last reported it shows; null until it has (prerendering, and the first interactive render).
    private CanvasView? _view;
    // What this render draws: the nodes and links in view, at the zoom's detail.
    private IReadOnlyList<DiagramNode> _shownNodes = [];
    private IReadOnlyList<DiagramLink> _shownLinks = [];
    // The list the index was built from (rebuilt only when the design changes), and what the read-only canvas's drawn
    // lists were chosen for.
    private IReadOnlyList<DiagramNode>? _indexedNodes;
    private ShownFor? _shownFor;
    private DiagramDetail _detail;
    // The browser's copy of every node's geometry, and the node list it was last brought up to date with.
    private readonly NodeGeometryFeed _geometry = new();
    private IReadOnlyList<DiagramNode>? _geometrySent;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    /// <summary>The nodes to draw.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<DiagramNode> Nodes { get; set; } = [];

    /// <summary>The links to draw.</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<DiagramLink> Links { get; set; } = [];

    /// <summary>The selected node and edge ids.</summary>
    [Parameter]
    public IReadOnlySet<string> Selection { get; set; } = new HashSet<string>();

    /// <summary>Ids of nodes and edges with validation problems, marked on the canvas.</summary>
    [Parameter]
    public IReadOnlySet<string> ProblemIds { get; set; } = new HashSet<string>();

    /// <summary>
    /// Notes pinned on nodes and links by id, beside the problem marks: a badge and outline on a node, a dashed link,
    /// each with its message as tooltip and accessible name. Only the nodes whose mark changed render again.
    /// </summary>
    [Parameter]
    public IReadOnlyDictionary<string, DiagramMark> Marks { get; set; } = new Dictionary<string, DiagramMark>();

    /// <summary>Whether the canvas only shows (pan, zoom, select) and changes nothing: the playground's diagram.</summary>
    [Parameter]
    public bool ReadOnly { get; set; }

    /// <summary>A key under which the browser remembers the pan and zoom (e.g. per design); null forgets them.</summary>
    [Parameter]
    public string? ViewKey { get; set; }

    /// <summary>Ids of the agent and edge a run is using now, lit up on the canvas.</summary>
    [Parameter]
    public IReadOnlySet<string> ActiveIds { get; set; } = new HashSet<string>();

    /// <summary>
    /// The id of a node to keep in view, such as the agent a run is using now: each time it changes, a node
    /// outside the visible area is panned to the centre, at the same zoom. Not while the user drags or pans.
    /// </summary>
    [Parameter]
    public string? KeepInView { get; set; }

    /// <summary>
    /// What the browser's finished gestures and keys ask for: moves, connections, drops from the palette, selection,
    /// delete, undo, redo, select-all, duplicate and paste, each a <see cref="DesignerIntent"/>. A read-only canvas
    /// raises only selection intents.
    /// </summary>
    [Parameter]
    public EventCallback<DesignerIntent> OnIntent { get; set; }

    /// <summary>Ctrl+C: returns the selection as clipboard JSON (or null).</summary>
    [Parameter]
    public Func<string?>? OnCopy { get; set; }

    /// <summary>The "Connect to…" command (the C key on an agent): the id of the agent to connect from.</summary>
    [Parameter]
    public EventCallback<string> OnConnectRequest { get; set; }

    /// <summary>What the last change did, in words: read out by screen readers from a live region.</summary>
    [Parameter]
    public string? Announcement { get; set; }

    /// <summary>Fits every node into view (drawn or not: the browser fits the nodes' geometry, not the page).</summary>
    public ValueTask FitAsync() => CallAsync("fit");

    /// <summary>Zooms around the centre by a factor.</summary>
    public ValueTask ZoomAsync(double factor) => CallAsync("zoomBy", factor);

    /// <summary>Scrolls a node to the centre.</summary>
    public ValueTask CenterOnAsync(string id) => CallAsync("centerOn", id);

    /// <summary>Moves the keyboard focus to a node (after a dialog opened from it closes).</summary>
    public ValueTask FocusNodeAsync(string id) => CallAsync("focusNode", id);

    /// <summary>The centre of what the canvas shows, in canvas units; null before the canvas is in the browser.</summary>
    public async ValueTask<CanvasPosition?> ViewCentreAsync()
    {
        if (_handle is null || _lifetime.IsCancellationRequested)
        {
            return null;
        }

        var centre = await _handle.InvokeAsync<double[]>("viewCentre", _lifetime.Token);
        return new CanvasPosition(centre[0], centre[1]);
    }

    // Before the browser half is attached, or after the canvas left the page, there is nothing to move. The browser
    // moves the view from its copy of the nodes' geometry, so that copy is brought up to date first (the page may call
    // right after a render that changed the nodes, before this canvas's after-render has sent them).
    private async ValueTask CallAsync(string function, params object?[] args)
    {
        if (_handle is null || _lifetime.IsCancellationRequested)
        {
            return;
        }

        await SendGeometryAsync();
        await _handle.InvokeVoidAsync(function, _lifetime.Token, args);
    }

    private async ValueTask SendGeometryAsync()
    {
        if (_handle is null || ReferenceEquals(_geometrySent, Nodes))
        {
            return;
        }

        _geometrySent = Nodes;
        var (upserts, removals) = _geometry.Update(Nodes);
        if (upserts.Count > 0 || removals.Count > 0)
        {
            await _handle.InvokeVoidAsync("setNodes", _lifetime.Token, upserts, removals);
        }
    }

    // Both canvases draw what is in view (and a margin), and wherever they are the selection and, on the playground's
    // read-only one, what a run is using now: the agent in control, its tools and the edges at work stay lit even
    // when the user has panned away from them.
    private void ChooseShown()
    {
        var view = _view ?? CanvasView.Initial;
        if (ReadOnly)
        {
            // The playground re-renders for every streamed token with the same design, view and lit ids (each a new
            // object only when it changes): the drawn lists are kept until one of them changes.
            var shownFor = new ShownFor(Nodes, Links, view, Selection, ActiveIds);
            if (shownFor == _shownFor)
            {
                return;
            }

            _shownFor = shownFor;
        }

        (_shownNodes, _shownLinks) = ViewportCulling.Cull(Nodes, _nodesById, Links, view, AlwaysShown());
        _detail = DiagramDetails.At(view.Zoom);
    }

    private IReadOnlySet<string> AlwaysShown()
    {
        if (!ReadOnly || ActiveIds.Count == 0)
        {
            return Selection;
        }

        return Selection.Count == 0 ? ActiveIds : new HashSet<string>(Selection.Concat(ActiveIds), StringComparer.Ordinal);
    }

    // The links in view. At full detail each is a group keyed by its id: the wide invisible path that takes clicks, the
    // link and its label. An overview draws the link alone, and keys the path itself: a group around it would be one
    // element more per link to send, diff, style and lay out (4,000 in a fitted 2,000-node design) for nothing.
    // Written as one fragment so that the keys are siblings of one another, as Blazor's diff needs them to be.
    private RenderFragment ShownLinks => builder =>
    {
        foreach (var link in _shownLinks)
        {
            var source = _nodesById[link.SourceId];
            var target = _nodesById[link.TargetId];
            var path = LinkGeometry.Path(source, target, link.IsHandoff);
            if (_detail == DiagramDetail.Full)
            {
                builder.OpenElement(0, "g");
                builder.SetKey(link.Id);
                builder.OpenElement(1, "path");
                builder.AddAttribute(2, "class", "diagram-link-hit");
                builder.AddAttribute(3, "d", path);
                builder.AddAttribute(4, "data-edge", link.Id);
                builder.CloseElement();
                AddLinkPath(builder, link, path, keyed: false);
                AddLinkLabel(builder, link, source, target);
                builder.CloseElement();
            }
            else
            {
                AddLinkPath(builder, link, path, keyed: true);
            }
        }
    };

    private void AddLinkPath(RenderTreeBuilder builder, DiagramLink link, string path, bool keyed)
    {
        var kind = link.IsHandoff ? "handoff" : "tool";
        var state = $"{(Selection.Contains(link.Id) ? " selected" : "")}{(ProblemIds.Contains(link.Id) ? " has-problem" : "")}{(Marks.ContainsKey(link.Id) ? " marked" : "")}{(ActiveIds.Contains(link.Id) ? " active" : "")}";
        builder.OpenElement(10, "path");
        if (keyed)
        {
            builder.SetKey(link.Id);
        }

        builder.AddAttribute(11, "class", $"diagram-link {kind}{state}");
        builder.AddAttribute(12, "d", path);
        builder.AddAttribute(13, "marker-end", $"url(#arrow-{kind})");
        builder.AddAttribute(14, "data-edge", link.Id);
        builder.AddAttribute(15, "data-kind", kind);
        builder.AddAttribute(16, "data-source", link.SourceId);
        builder.AddAttribute(17, "data-target", link.TargetId);
        builder.AddAttribute(18, "data-testid", $"link-{link.Id}");
        if (Marks.GetValueOrDefault(link.Id) is { } mark)
        {
            builder.OpenElement(19, "title");
            builder.AddContent(20, mark.Message);
            builder.CloseElement();
        }

        builder.CloseElement();
    }

    // A link's label: an SVG text element written inline rather than as a component per link (Razor reserves the
    // text tag; canvas-performance.md found the 1,000 label components of a 500-node design were half its circuit's memory).
    private static void AddLinkLabel(RenderTreeBuilder builder, DiagramLink link, DiagramNode source, DiagramNode target)
    {
        var (x, y) = LinkGeometry.LabelPoint(source, target, link.IsHandoff);
        builder.OpenElement(30, "text");
        builder.AddAttribute(31, "class", link.IsHandoff ? "diagram-link-label handoff" : "diagram-link-label tool");
        builder.AddAttribute(32, "x", Num(x));
        builder.AddAttribute(33, "y", Num(y));
        builder.AddAttribute(34, "text-anchor", "middle");
        builder.AddContent(35, link.Label);
        builder.CloseElement();
    }

    private static string KeyHelp => DiagramKeys.Help;

    private static string Num(double value) => value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        // Parameters are set on every render of the page (the playground's, per streamed token); a design's node list
        // is replaced, never changed in place, when the design changes, so the index is rebuilt only then.
        if (!ReferenceEquals(_indexedNodes, Nodes))
        {
            _indexedNodes = Nodes;
            _nodesById = Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        }

        ChooseShown();
    }

    /// <inheritdoc />
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            await SendGeometryIfAttachedAsync();
            await RevealIfChangedAsync();
            return;
        }

        // Only after the first interactive render: during prerendering there is no browser to talk to.
        var token = _lifetime.Token;
        try
        {
            _module = await JS.InvokeAsync<IJSObjectReference>("import", token, "./js/diagram/index.js");
            _self = DotNetObjectReference.Create(this);
            _geometrySent = Nodes;
            var (nodes, _) = _geometry.Update(Nodes);
            // Attached with every node's geometry, showing the remembered view or (for a design without one) every node
            // fitted in, in one call; the area it shows is what this canvas renders from now on, in the render that
            // also marks it ready.
            var opened = await _module.InvokeAsync<OpenedCanvas>("open", token, _root, _self,
                new { readOnly = ReadOnly, viewKey = ViewKey, geometry = DiagramGeometry.ForScript, nodes, fitIfNew = Nodes.Count > 0 });
            _handle = opened.Handle;
            var area = opened.View;
            _view = area is { Length: 5 } ? CanvasView.FromBrowser(area[0], area[1], area[2], area[3], area[4]) : null;
            ChooseShown();
        }
        catch (Exception e) when (token.IsCancellationRequested && e is JSException or OperationCanceledException)
        {
            // The canvas left the page while its browser half was being attached: nothing to attach to.
            return;
        }

        _attached = true;
        StateHasChanged();
    }

    private async Task SendGeometryIfAttachedAsync()
    {
        try
        {
            await SendGeometryAsync();
        }
        catch (Exception e) when (e is JSDisconnectedException || (_lifetime.IsCancellationRequested && e is OperationCanceledException))
        {
            // The browser or the canvas is gone: nobody is left to navigate the nodes.
        }
    }

    private async Task RevealIfChangedAsync()
    {
        if (!_attached || KeepInView == _revealed)
        {
            return;
        }

        _revealed = KeepInView;
        if (_revealed is not null)
        {
            try
            {
                await CallAsync("reveal", _revealed);
            }
            catch (Exception e) when (e is JSDisconnectedException || (_lifetime.IsCancellationRequested && e is OperationCanceledException))
            {
                // The browser or the canvas is gone: there is no view left to move.
            }
        }
    }

    /// <summary>
    /// Called by the browser once a pan, zoom or resize has settled (wwwroot/js/diagram/view-report.js), with the
    /// visible area in canvas units and the zoom: renders the nodes and links that came into view, at the zoom's
    /// detail. Renders nothing when neither changed.
    /// </summary>
    [JSInvokable]
    public void ViewChanged(double x, double y, double width, double height, double zoom)
    {
        if (CanvasView.FromBrowser(x, y, width, height, zoom) is not { } view)
        {
            return;
        }

        var (nodes, links, detail) = (_shownNodes, _shownLinks, _detail);
        _view = view;
        ChooseShown();
        if (detail != _detail || !nodes.SequenceEqual(_shownNodes) || !links.SequenceEqual(_shownLinks))
        {
            StateHasChanged();
        }
    }

    /// <summary>Called by the browser when a node drag ends.</summary>
    [JSInvokable]
    public Task CommitMove(string id, double x, double y) => RaiseAsync(new DesignerIntent.MoveNode(id, new CanvasPosition(x, y)));

    /// <summary>Called by the browser when Shift+arrow moved the focused node by a grid step.</summary>
    [JSInvokable]
    public Task NudgeNode(string id, double x, double y) => RaiseAsync(new DesignerIntent.NudgeNode(id, new CanvasPosition(x, y)));

    /// <summary>Called by the browser when C is pressed on an agent: the "Connect to…" command.</summary>
    [JSInvokable]
    public Task RequestConnect(string id) => OnConnectRequest.InvokeAsync(id);

    /// <summary>Called by the browser when a drag of several selected nodes ends.</summary>
    [JSInvokable]
    public Task CommitMoveMany(string positionsJson)
    {
        using var document = System.Text.Json.JsonDocument.Parse(positionsJson);
        var positions = document.RootElement.EnumerateArray().ToDictionary(
            p => p.GetProperty("id").GetString()!,
            p => new CanvasPosition(p.GetProperty("x").GetDouble(), p.GetProperty("y").GetDouble()),
            StringComparer.Ordinal);
        return RaiseAsync(new DesignerIntent.MoveNodes(positions));
    }

    /// <summary>Called by the browser when a marquee (Shift+drag on the canvas) ends.</summary>
    [JSInvokable]
    public Task SelectMany(string[] ids) => RaiseAsync(new DesignerIntent.SelectMany(ids));

    /// <summary>Ctrl+C: the selection as clipboard JSON, which the browser keeps in local storage.</summary>
    [JSInvokable]
    public string? CopySelection() => OnCopy?.Invoke();

    /// <summary>Ctrl+V: the browser's clipboard JSON.</summary>
    [JSInvokable]
    public Task Paste(string json) => RaiseAsync(new DesignerIntent.Paste(json));

    /// <summary>Ctrl+D.</summary>
    [JSInvokable]
    public Task DuplicateSelection() => RaiseAsync(new DesignerIntent.DuplicateSelection());

    /// <summary>Called by the browser when a link is dropped on a node.</summary>
    [JSInvokable]
    public Task CommitConnect(bool handoff, string from, string to) => RaiseAsync(new DesignerIntent.Connect(handoff, from, to));

    /// <summary>Called by the browser when a palette item is dropped; <paramref name="kind"/> is the item's <c>data-palette</c> key.</summary>
    [JSInvokable]
    public Task CommitAdd(string kind, double x, double y) =>
        PaletteKeys.ToIntent(kind, new CanvasPosition(x, y)) is { } add ? RaiseAsync(add) : Task.CompletedTask;

    /// <summary>Called by the browser when a node or link is clicked.</summary>
    [JSInvokable]
    public Task SelectElement(string id, bool additive) => RaiseAsync(new DesignerIntent.Select(id, additive));

    /// <summary>Called by the browser when the empty canvas is clicked.</summary>
    [JSInvokable]
    public Task ClearSelection() => RaiseAsync(new DesignerIntent.ClearSelection());

    /// <summary>Delete or Backspace.</summary>
    [JSInvokable]
    public Task DeleteSelection() => RaiseAsync(new DesignerIntent.DeleteSelection());

    /// <summary>Ctrl+Z.</summary>
    [JSInvokable]
    public Task Undo() => RaiseAsync(new DesignerIntent.Undo());

    /// <summary>Ctrl+Y or Ctrl+Shift+Z.</summary>
    [JSInvokable]
    public Task Redo() => RaiseAsync(new DesignerIntent.Redo());

    /// <summary>Ctrl+A.</summary>
    [JSInvokable]
    public Task SelectAll() => RaiseAsync(new DesignerIntent.SelectAll());

    private Task RaiseAsync(DesignerIntent intent) => OnIntent.InvokeAsync(intent);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _lifetime.CancelAsync();
        try
        {
            if (_handle is not null)
            {
                await _handle.InvokeVoidAsync("dispose");
                await _handle.DisposeAsync();
            }

            if (_module is not null)
            {
                await _module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone with the browser's half: nothing left to detach.
        }

        _self?.Dispose();
        _lifetime.Dispose();
    }

    // The inputs of the read-only canvas's drawn lists; the lists and sets compare by reference.
    private sealed record ShownFor(IReadOnlyList<DiagramNode> Nodes, IReadOnlyList<DiagramLink> Links, CanvasView View, IReadOnlySet<string> Selection, IReadOnlySet<string> ActiveIds);
}
