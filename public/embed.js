/*
 * Host-page helper for embedding the commune target comparison (no dependencies, ~1 KB).
 * Usage on a portal page:
 *   <iframe src="https://SITE/embed/communes/nhon-trach/" title="…" height="640"
 *           loading="lazy" style="border:0;width:100%"></iframe>
 *   <script src="https://SITE/embed.js" defer></script>
 * Each embed posts {type: "chi-tieu-xa:height", height}; this script sets the height of the
 * iframe that sent it, and only for messages from this script's own origin. It fails closed:
 * where it cannot tell its own origin (no document.currentScript, as inside a shadow root or when
 * run by another script), it listens to nothing and the iframe keeps its height.
 */
(function () {
  var script = document.currentScript;
  var origin = null;
  try {
    if (script && script.src) origin = new URL(script.src, location.href).origin;
  } catch {
    origin = null;
  }
  if (!origin || origin === 'null') return;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== origin) return;
    if (!data || data.type !== 'chi-tieu-xa:height' || typeof data.height !== 'number' || !isFinite(data.height)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.max(80, Math.min(20000, Math.round(data.height))) + 'px';
      }
    }
  });
})();
