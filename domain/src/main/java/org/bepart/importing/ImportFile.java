package org.bepart.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import org.bepart.shared.Require;

/** The bytes of an import's file (same id as its {@link ImportRun}), kept so that any server can import it. */
@Entity
@Table(name = "import_file")
public class ImportFile {

    @Id
    @Column(name = "import_id")
    private Long importId;

    @NotNull
    @Column(nullable = false)
    private byte[] content;

    protected ImportFile() {
    }

    public ImportFile(Long importId, byte[] content) {
        this.importId = Require.notNull(importId, "import id");
        this.content = Require.notNull(content, "content");
    }

    public Long getImportId() {
        return importId;
    }

    public byte[] getContent() {
        return content;
    }
}
