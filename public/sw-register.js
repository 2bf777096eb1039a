// Registers the offline service worker. A file rather than an inline script, so the
// Content-Security-Policy can allow scripts from this site only (see README, "Beveiliging").
if ("serviceWorker" in navigator) addEventListener("load", () => navigator.serviceWorker.register("/sw.js").catch(() => {}));
