package org.bepart.submission;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bepart.country.MemberState;
import org.bepart.initiative.GovernmentLevel;
import org.bepart.initiative.Initiative;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Step 2: where and who — the place, the level of government, the target groups and the point on the map. */
public class Place implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private MemberState country;

    @Size(max = Initiative.PLACE_MAX)
    private String region;

    @Size(max = Initiative.PLACE_MAX)
    private String municipality;

    @NotNull
    private GovernmentLevel governmentLevel;

    /** Codes of target-group terms. */
    @NotNull
    private List<String> targetGroups = new ArrayList<>();

    @DecimalMin("-90") @DecimalMax("90")
    private Double latitude;

    @DecimalMin("-180") @DecimalMax("180")
    private Double longitude;

    public MemberState getCountry() {
        return country;
    }

    public void setCountry(MemberState country) {
        this.country = country;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public GovernmentLevel getGovernmentLevel() {
        return governmentLevel;
    }

    public void setGovernmentLevel(GovernmentLevel governmentLevel) {
        this.governmentLevel = governmentLevel;
    }

    public List<String> getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(List<String> targetGroups) {
        this.targetGroups = targetGroups == null ? new ArrayList<>() : new ArrayList<>(targetGroups);
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }
}
