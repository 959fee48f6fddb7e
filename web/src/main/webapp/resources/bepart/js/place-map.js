/* The submission form's map: a click sets the latitude and longitude inputs (which stay the accessible way to enter
   the point), and typing in them moves the marker. */
(function () {
    "use strict";
    var element = document.getElementById("place-map");
    if (!element || !window.L) {
        return;
    }
    var latitude = document.getElementById(element.dataset.latitude);
    var longitude = document.getElementById(element.dataset.longitude);
    var map = L.map(element, {scrollWheelZoom: false}).setView([50, 20], 4);
    if (element.dataset.tiles) {
        L.tileLayer(element.dataset.tiles, {maxZoom: 18, attribution: element.dataset.attribution}).addTo(map);
    }
    var marker = null;

    function show(lat, lng, zoom) {
        if (marker) {
            marker.setLatLng([lat, lng]);
        } else {
            marker = L.marker([lat, lng], {keyboard: false}).addTo(map);
        }
        if (zoom) {
            map.setView([lat, lng], Math.max(map.getZoom(), 8));
        }
    }

    function fromInputs(zoom) {
        var lat = parseFloat(latitude.value);
        var lng = parseFloat(longitude.value);
        if (!isNaN(lat) && !isNaN(lng) && lat >= -90 && lat <= 90 && lng >= -180 && lng <= 180) {
            show(lat, lng, zoom);
        }
    }

    map.on("click", function (event) {
        var point = event.latlng.wrap();
        latitude.value = point.lat.toFixed(5);
        longitude.value = point.lng.toFixed(5);
        show(point.lat, point.lng, false);
    });
    latitude.addEventListener("change", function () { fromInputs(true); });
    longitude.addEventListener("change", function () { fromInputs(true); });
    fromInputs(true);
}());
