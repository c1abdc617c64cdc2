// The console's only script of its own (htmx does the rest): marks whether the board's live stream is open, so that
// the page can say so and tests can wait for it.
document.addEventListener("htmx:sseOpen", () => { document.body.dataset.live = "open"; });
document.addEventListener("htmx:sseError", () => { document.body.dataset.live = "closed"; });
