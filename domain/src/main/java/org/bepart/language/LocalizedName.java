package org.bepart.language;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.bepart.shared.Require;

import java.util.Objects;

/** A short name given in each of the four languages, such as the label of a theme. */
@Embeddable
public class LocalizedName {

    public static final int MAX_LENGTH = 200;

    @NotBlank @Size(max = MAX_LENGTH)
    @Column(name = "name_hy", length = MAX_LENGTH, nullable = false)
    private String hy;

    @NotBlank @Size(max = MAX_LENGTH)
    @Column(name = "name_en", length = MAX_LENGTH, nullable = false)
    private String en;

    @NotBlank @Size(max = MAX_LENGTH)
    @Column(name = "name_fr", length = MAX_LENGTH, nullable = false)
    private String fr;

    @NotBlank @Size(max = MAX_LENGTH)
    @Column(name = "name_ru", length = MAX_LENGTH, nullable = false)
    private String ru;

    protected LocalizedName() {
    }

    public LocalizedName(String hy, String en, String fr, String ru) {
        this.hy = Require.maxLength(Require.notBlank(hy, "hy"), MAX_LENGTH, "hy");
        this.en = Require.maxLength(Require.notBlank(en, "en"), MAX_LENGTH, "en");
        this.fr = Require.maxLength(Require.notBlank(fr, "fr"), MAX_LENGTH, "fr");
        this.ru = Require.maxLength(Require.notBlank(ru, "ru"), MAX_LENGTH, "ru");
    }

    public String in(Language language) {
        return switch (Require.notNull(language, "language")) {
            case HY -> hy;
            case EN -> en;
            case FR -> fr;
            case RU -> ru;
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedName n && Objects.equals(hy, n.hy) && Objects.equals(en, n.en)
                && Objects.equals(fr, n.fr) && Objects.equals(ru, n.ru);
    }

    @Override
    public int hashCode() {
        return Objects.hash(hy, en, fr, ru);
    }

    @Override
    public String toString() {
        return en;
    }
}
