/* Draws the markers of a catalogue search (or of a page's own list) on a Leaflet map. Tiles are optional: without them the markers show on a
   plain background. Every marker is a keyboard-reachable link to its initiative. */
(function () {
    "use strict";
    var element = document.getElementById("map");
    if (!element || !window.L) {
        return;
    }
    var map = L.map(element, {scrollWheelZoom: false}).setView([50, 20], 4);
    if (element.dataset.tiles) {
        L.tileLayer(element.dataset.tiles, {maxZoom: 18, attribution: element.dataset.attribution}).addTo(map);
    }
    // the points come with the page (data-points-json) or from a search (data-points, a URL)
    var points = element.dataset.pointsJson
        ? Promise.resolve(JSON.parse(element.dataset.pointsJson))
        : fetch(element.dataset.points, {headers: {Accept: "application/json"}})
            .then(function (response) { return response.ok ? response.json() : []; });
    points.then(function (points) {
        var bounds = [];
        points.forEach(function (point) {
            var link = document.createElement("a");
            link.href = element.dataset.base + "/initiatives/" + point.id;
            link.textContent = point.title;
            L.marker([point.latitude, point.longitude], {title: point.title, alt: point.title, keyboard: true})
                .bindPopup(link).addTo(map);
            bounds.push([point.latitude, point.longitude]);
        });
        if (bounds.length) {
            map.fitBounds(bounds, {padding: [30, 30], maxZoom: 9});
        }
        element.setAttribute("data-markers", String(bounds.length));
    });
}());
