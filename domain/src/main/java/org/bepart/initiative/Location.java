package org.bepart.initiative;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import java.util.Objects;

/** Where an initiative took place on the map, in WGS84 decimal degrees. */
@Embeddable
public class Location {

    @DecimalMin("-90") @DecimalMax("90")
    @Column(name = "latitude")
    private Double latitude;

    @DecimalMin("-180") @DecimalMax("180")
    @Column(name = "longitude")
    private Double longitude;

    protected Location() {
    }

    public Location(double latitude, double longitude) {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("not a place on Earth: " + latitude + ", " + longitude);
        }
        this.latitude = latitude;
        this.longitude = longitude;
    }

    public double getLatitude() {
        return latitude;
    }

    public double getLongitude() {
        return longitude;
    }

    /** False for the empty value EclipseLink gives a row with no coordinates. */
    public boolean isKnown() {
        return latitude != null && longitude != null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Location l && Objects.equals(latitude, l.latitude) && Objects.equals(longitude, l.longitude);
    }

    @Override
    public int hashCode() {
        return Objects.hash(latitude, longitude);
    }
}
