// Outage Atlas embeds: makes each chart's iframe as tall as the chart inside it says it is.
// Only a message from that very iframe, from the origin its src names, is believed.
(function () {
  if (window.outageAtlasEmbeds) return;
  window.outageAtlasEmbeds = true;
  addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.type !== "outage-atlas:height") return;
    var height = Math.ceil(data.height);
    if (!(height > 0 && height < 20000)) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      try {
        if (new URL(frame.src, location.href).origin !== event.origin) continue;
      } catch {
        continue;
      }
      frame.style.height = height + "px";
    }
  });
})();
