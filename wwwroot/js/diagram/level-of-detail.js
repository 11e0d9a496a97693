// Level of detail: far out, the canvas draws less. Text too small to read is not drawn, so a fitted design of
// thousands of nodes lays out and paints a few elements per node. The level is the root's data-lod attribute, which
// the canvas's CSS reads (DiagramCanvas.razor.css, DiagramNodeView.razor.css); it is written only when it changes,
// because each change restyles every node.
//
// The thresholds follow the text sizes: link labels are 11 px and node subtitles 12 px, so below zoom 0.4 they are
// under 5 px on screen, smaller than anyone reads; icons and ports (12-16 px) go with them, as a link cannot be
// aimed at a port that small. Node titles are 14 px: below zoom 0.25 they are under 3.5 px, and only the boxes remain.
// (0.4 rather than 0.5: the templates fit a 1280 × 720 window at about 0.47, and their first view should be complete.)
// The wheel and the zoom buttons stop at 0.2; only fit goes further out, to show a big design whole.

// The two zooms come from the server (DiagramDetails, handed over in canvas.geometry), which draws the overview below
// the same full-detail zoom: fullDetailZoom and outlineZoom.

/** The level of detail at a zoom: 'full', 'reduced' or 'outline'. */
export const levelOfDetail = (geometry, zoom) =>
    (zoom >= geometry.fullDetailZoom ? 'full' : zoom >= geometry.outlineZoom ? 'reduced' : 'outline');
