// Shows every <time data-local-time> (the LocalTime component) in the browser's own time zone and language.
// The server renders UTC; this runs as soon as the page is parsed, and again whenever a render adds or changes a
// <time>. It edits the text node Blazor owns instead of replacing it, so that Blazor's later updates still land.
(() => {
  // Made on the first <time>, not when the page loads: the browser's first date format loads its locale data, which
  // measured ~60 ms of the main thread before Blazor starts, on pages (the designer) that show no time at all.
  let formats = null;
  const selector = "time[data-local-time]";

  function localise(element) {
    const when = new Date(element.getAttribute("datetime"));
    if (Number.isNaN(when.getTime())) {
      return;
    }

    formats ??= {
      datetime: new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }),
      date: new Intl.DateTimeFormat(undefined, { dateStyle: "medium" }),
      title: new Intl.DateTimeFormat(undefined, { dateStyle: "full", timeStyle: "long" }),
    };

    const title = formats.title.format(when);
    if (element.title !== title) {
      element.title = title;
    }

    const format = formats[element.dataset.localTime];
    const text = element.firstChild;
    if (element.dataset.localTime === "title" || !format || text?.nodeType !== Node.TEXT_NODE) {
      return;
    }

    const local = format.format(when);
    if (text.data !== local) {
      text.data = local;
    }
  }

  function localiseWithin(root) {
    // A <time> is HTML: an SVG subtree (the canvas's links, the copies a drag lifts) holds none.
    if (root.nodeType !== Node.ELEMENT_NODE || root instanceof SVGElement) {
      return;
    }

    if (root.matches(selector)) {
      localise(root);
    }

    root.querySelectorAll(selector).forEach(localise);
  }

  localiseWithin(document.documentElement);
  new MutationObserver(records => {
    for (const record of records) {
      if (record.type === "childList") {
        record.addedNodes.forEach(localiseWithin);
      }

      // A changed text or datetime inside a <time>: Blazor rendered a new value in UTC.
      const time = (record.target.nodeType === Node.ELEMENT_NODE ? record.target : record.target.parentElement)?.closest(selector);
      if (time) {
        localise(time);
      }
    }
  }).observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ["datetime"] });
})();
