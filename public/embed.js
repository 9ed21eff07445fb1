// Outage Atlas: sizes each chart's iframe to the height it reports. Only a message from
// that very iframe, from the origin its src names, is believed.
(function () {
  if (window.outageAtlasEmbeds) return;
  window.outageAtlasEmbeds = true;
  var frames = document.getElementsByTagName("iframe");
  function origin(frame) {
    try {
      return new URL(frame.src, location.href).origin;
    } catch {
      return "";
    }
  }
  addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.type !== "outage-atlas:height") return;
    var height = Math.ceil(data.height);
    if (!(height > 0 && height < 20000)) return;
    for (var i = 0; i < frames.length; i++)
      if (frames[i].contentWindow === event.source && origin(frames[i]) === event.origin)
        frames[i].style.height = height + "px";
  });
  // Charts loaded before this script told no one their height: ask again.
  for (var j = 0; j < frames.length; j++)
    if (/^http/.test(origin(frames[j])) && frames[j].contentWindow)
      frames[j].contentWindow.postMessage({ type: "outage-atlas:measure" }, origin(frames[j]));
})();
