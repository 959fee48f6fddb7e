package org.bepart.contest;

import org.bepart.editorial.EditorialForm;
import org.bepart.language.Language;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The editor's form of a contest: texts per language, ages, categories, opening and closing times (local times in
 * the institution's time zone) and limits (in megabytes).
 */
public class ContestForm implements EditorialForm<ContestTextForm>, Serializable {

    private static final long serialVersionUID = 1L;
    static final long MB = 1024L * 1024;

    private Long id;
    private Integer version;
    private ContestStatus status = ContestStatus.DRAFT;
    private boolean winnersAnnounced;
    private Language originalLanguage;
    private final Map<Language, ContestTextForm> texts = new EnumMap<>(Language.class);
    private Integer minAge = 8;
    private Integer maxAge = 17;
    private LocalDateTime opensAt;
    private LocalDateTime closesAt;
    private List<EntryCategory> categories = new ArrayList<>(List.of(EntryCategory.DRAWING));
    private Integer maxImageMb = (int) (Contest.DEFAULT_MAX_IMAGE_BYTES / MB);
    private String videoHosts = Contest.DEFAULT_VIDEO_HOSTS;
    private Integer maxVideoMb = 0;

    public ContestForm() {
    }

    public ContestForm(Language originalLanguage) {
        this.originalLanguage = originalLanguage;
    }

    static ContestForm of(Contest c, ZoneId zone) {
        ContestForm form = new ContestForm(c.getOriginalLanguage());
        form.id = c.getId();
        form.version = c.getVersion();
        form.status = c.getStatus();
        form.winnersAnnounced = c.getWinnersAnnouncedAt() != null;
        c.getTexts().forEach((language, t) -> form.texts.put(language,
                new ContestTextForm(t.getTitle(), t.getDescription(), t.getRules())));
        form.minAge = c.getMinAge();
        form.maxAge = c.getMaxAge();
        form.opensAt = local(c.getOpensAt(), zone);
        form.closesAt = local(c.getClosesAt(), zone);
        form.categories = new ArrayList<>(c.getCategories());
        form.maxImageMb = (int) Math.max(1, c.getMaxImageBytes() / MB);
        form.videoHosts = c.getVideoHosts();
        form.maxVideoMb = (int) (c.getMaxVideoBytes() / MB);
        return form;
    }

    private static LocalDateTime local(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDateTime().withSecond(0).withNano(0);
    }

    /** The texts of a language, created empty when first asked for. */
    public ContestTextForm text(Language language) {
        return texts.computeIfAbsent(language, l -> new ContestTextForm());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public ContestStatus getStatus() {
        return status;
    }

    public boolean isWinnersAnnounced() {
        return winnersAnnounced;
    }

    public Language getOriginalLanguage() {
        return originalLanguage;
    }

    public void setOriginalLanguage(Language originalLanguage) {
        this.originalLanguage = originalLanguage;
    }

    public Integer getMinAge() {
        return minAge;
    }

    public void setMinAge(Integer minAge) {
        this.minAge = minAge;
    }

    public Integer getMaxAge() {
        return maxAge;
    }

    public void setMaxAge(Integer maxAge) {
        this.maxAge = maxAge;
    }

    public LocalDateTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalDateTime opensAt) {
        this.opensAt = opensAt;
    }

    public LocalDateTime getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(LocalDateTime closesAt) {
        this.closesAt = closesAt;
    }

    public List<EntryCategory> getCategories() {
        return categories;
    }

    public void setCategories(List<EntryCategory> categories) {
        this.categories = categories;
    }

    public Integer getMaxImageMb() {
        return maxImageMb;
    }

    public void setMaxImageMb(Integer maxImageMb) {
        this.maxImageMb = maxImageMb;
    }

    public String getVideoHosts() {
        return videoHosts;
    }

    public void setVideoHosts(String videoHosts) {
        this.videoHosts = videoHosts;
    }

    public Integer getMaxVideoMb() {
        return maxVideoMb;
    }

    public void setMaxVideoMb(Integer maxVideoMb) {
        this.maxVideoMb = maxVideoMb;
    }
}
