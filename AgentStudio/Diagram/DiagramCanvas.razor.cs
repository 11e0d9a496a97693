using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace AgentStudio.Diagram;

/// <summary>
/// Draws nodes and links and turns the browser's finished gestures into intents (move, connect, add, select,
/// delete, undo, redo). It holds no document: the page owns the <see cref="DesignEditor"/>.
/// </summary>
public sealed partial class DiagramCanvas : IAsyncDisposable
{
    private ElementReference _root;
    private IJSObjectReference? _module;
    private IJSObjectReference? _handle;
    private DotNetObjectReference<DiagramCanvas>? _self;
    private Dictionary<string, DiagramNode> _nodesById = [];
    private bool _attached;
    private bool _disposed;

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

    /// <summary>Whether the canvas only shows (pan, zoom, select) and changes nothing: the playground's diagram.</summary>
    [Parameter]
    public bool ReadOnly { get; set; }

    /// <summary>A key under which the browser remembers the pan and zoom (e.g. per design); null forgets them.</summary>
    [Parameter]
    public string? ViewKey { get; set; }

    /// <summary>Ids of the agent and edge a run is using now, lit up on the canvas.</summary>
    [Parameter]
    public IReadOnlySet<string> ActiveIds { get; set; } = new HashSet<string>();

    /// <summary>A node was dragged to a new position (id, x, y), once, on release.</summary>
    [Parameter]
    public EventCallback<(string Id, double X, double Y)> OnMove { get; set; }

    /// <summary>A link was drawn from a port to a node (handoff?, from, to).</summary>
    [Parameter]
    public EventCallback<(bool Handoff, string From, string To)> OnConnect { get; set; }

    /// <summary>A palette item was dropped (kind, x, y in canvas units).</summary>
    [Parameter]
    public EventCallback<(string Kind, double X, double Y)> OnAdd { get; set; }

    /// <summary>An element was clicked (id, add to selection?); null id clears the selection.</summary>
    [Parameter]
    public EventCallback<(string? Id, bool Additive)> OnSelect { get; set; }

    /// <summary>Several nodes were dragged together: their new positions, once, on release.</summary>
    [Parameter]
    public EventCallback<IReadOnlyList<(string Id, double X, double Y)>> OnMoveMany { get; set; }

    /// <summary>A marquee selected these ids.</summary>
    [Parameter]
    public EventCallback<IReadOnlyList<string>> OnSelectMany { get; set; }

    /// <summary>Ctrl+C: returns the selection as clipboard JSON (or null).</summary>
    [Parameter]
    public Func<string?>? OnCopy { get; set; }

    /// <summary>Ctrl+V with clipboard JSON.</summary>
    [Parameter]
    public EventCallback<string> OnPaste { get; set; }

    /// <summary>A keyboard command: delete, undo, redo, select-all, duplicate.</summary>
    [Parameter]
    public EventCallback<string> OnCommand { get; set; }

    /// <summary>Fits every node into view.</summary>
    public ValueTask FitAsync() => _handle?.InvokeVoidAsync("fit") ?? ValueTask.CompletedTask;

    /// <summary>Zooms around the centre by a factor.</summary>
    public ValueTask ZoomAsync(double factor) => _handle?.InvokeVoidAsync("zoomBy", factor) ?? ValueTask.CompletedTask;

    /// <summary>Scrolls a node to the centre.</summary>
    public ValueTask CenterOnAsync(string id) => _handle?.InvokeVoidAsync("centerOn", id) ?? ValueTask.CompletedTask;

    private (double X, double Y, double Width, double Height) MinimapBounds()
    {
        const double Pad = 200;
        var minX = Nodes.Min(n => n.X) - Pad;
        var minY = Nodes.Min(n => n.Y) - Pad;
        return (minX, minY, Nodes.Max(n => n.X + n.Width) + Pad - minX, Nodes.Max(n => n.Y + n.Height) + Pad - minY);
    }

    private static string Num(double value) => value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    /// <inheritdoc />
    protected override void OnParametersSet() => _nodesById = Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);

    /// <inheritdoc />
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        // Only after the first interactive render: during prerendering there is no browser to talk to.
        _module = await JS.InvokeAsync<IJSObjectReference>("import", "./js/diagram/index.js");
        _self = DotNetObjectReference.Create(this);
        try
        {
            _handle = await _module.InvokeAsync<IJSObjectReference>("attach", _root, _self, new { readOnly = ReadOnly, viewKey = ViewKey, geometry = DiagramGeometry.ForScript });
        }
        catch (JSException) when (_disposed)
        {
            // The canvas left the page while its browser half was being attached: nothing to attach to.
            return;
        }

        if (Nodes.Count > 0 && !await _handle.InvokeAsync<bool>("hasRestoredView"))
        {
            await FitAsync();
        }

        _attached = true;
        StateHasChanged();
    }

    /// <summary>Called by the browser when a node drag ends.</summary>
    [JSInvokable]
    public Task CommitMove(string id, double x, double y) => OnMove.InvokeAsync((id, x, y));

    /// <summary>Called by the browser when a drag of several selected nodes ends.</summary>
    [JSInvokable]
    public Task CommitMoveMany(string positionsJson)
    {
        var positions = System.Text.Json.JsonDocument.Parse(positionsJson).RootElement.EnumerateArray()
            .Select(p => (p.GetProperty("id").GetString()!, p.GetProperty("x").GetDouble(), p.GetProperty("y").GetDouble()))
            .ToList();
        return OnMoveMany.InvokeAsync(positions);
    }

    /// <summary>Called by the browser when a marquee (Shift+drag on the canvas) ends.</summary>
    [JSInvokable]
    public Task SelectMany(string[] ids) => OnSelectMany.InvokeAsync(ids);

    /// <summary>Ctrl+C: the selection as clipboard JSON, which the browser keeps in local storage.</summary>
    [JSInvokable]
    public string? CopySelection() => OnCopy?.Invoke();

    /// <summary>Ctrl+V: the browser's clipboard JSON.</summary>
    [JSInvokable]
    public Task Paste(string json) => OnPaste.InvokeAsync(json);

    /// <summary>Ctrl+D.</summary>
    [JSInvokable]
    public Task DuplicateSelection() => OnCommand.InvokeAsync("duplicate");

    /// <summary>Called by the browser when a link is dropped on a node.</summary>
    [JSInvokable]
    public Task CommitConnect(bool handoff, string from, string to) => OnConnect.InvokeAsync((handoff, from, to));

    /// <summary>Called by the browser when a palette item is dropped.</summary>
    [JSInvokable]
    public Task CommitAdd(string kind, double x, double y) => OnAdd.InvokeAsync((kind, x, y));

    /// <summary>Called by the browser when a node or link is clicked.</summary>
    [JSInvokable]
    public Task SelectElement(string id, bool additive) => OnSelect.InvokeAsync((id, additive));

    /// <summary>Called by the browser when the empty canvas is clicked.</summary>
    [JSInvokable]
    public Task ClearSelection() => OnSelect.InvokeAsync((null, false));

    /// <summary>Delete or Backspace.</summary>
    [JSInvokable]
    public Task DeleteSelection() => OnCommand.InvokeAsync("delete");

    /// <summary>Ctrl+Z.</summary>
    [JSInvokable]
    public Task Undo() => OnCommand.InvokeAsync("undo");

    /// <summary>Ctrl+Y or Ctrl+Shift+Z.</summary>
    [JSInvokable]
    public Task Redo() => OnCommand.InvokeAsync("redo");

    /// <summary>Ctrl+A.</summary>
    [JSInvokable]
    public Task SelectAll() => OnCommand.InvokeAsync("select-all");

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _disposed = true;
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
    }
}
