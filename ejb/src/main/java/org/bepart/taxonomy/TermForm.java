package org.bepart.taxonomy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.bepart.language.Language;
import org.bepart.language.LocalizedName;

import java.io.Serializable;

/**
 * What an administrator types about a term: its name in the four languages and, for a new one, its code (blank: made
 * from the English name). The page binds to it, the service validates and applies it.
 */
public class TermForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Size(max = Term.CODE_MAX) @Pattern(regexp = "|" + Term.CODE_PATTERN)
    private String code;

    @NotBlank @Size(max = LocalizedName.MAX_LENGTH)
    private String nameHy;

    @NotBlank @Size(max = LocalizedName.MAX_LENGTH)
    private String nameEn;

    @NotBlank @Size(max = LocalizedName.MAX_LENGTH)
    private String nameFr;

    @NotBlank @Size(max = LocalizedName.MAX_LENGTH)
    private String nameRu;

    public TermForm() {
    }

    public TermForm(String code, String nameHy, String nameEn, String nameFr, String nameRu) {
        this.code = code;
        this.nameHy = nameHy;
        this.nameEn = nameEn;
        this.nameFr = nameFr;
        this.nameRu = nameRu;
    }

    static TermForm of(Term term) {
        return new TermForm(term.getCode(), term.nameIn(Language.HY), term.nameIn(Language.EN),
                term.nameIn(Language.FR), term.nameIn(Language.RU));
    }

    LocalizedName name() {
        return new LocalizedName(nameHy, nameEn, nameFr, nameRu);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameHy() {
        return nameHy;
    }

    public void setNameHy(String nameHy) {
        this.nameHy = nameHy;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameFr() {
        return nameFr;
    }

    public void setNameFr(String nameFr) {
        this.nameFr = nameFr;
    }

    public String getNameRu() {
        return nameRu;
    }

    public void setNameRu(String nameRu) {
        this.nameRu = nameRu;
    }
}
