package org.bepart.media;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bepart.account.Account;
import org.bepart.initiative.Attachment;
import org.bepart.initiative.AttachmentContent;
import org.bepart.initiative.AttachmentKind;
import org.bepart.initiative.Initiative;
import org.bepart.initiative.InitiativeStatus;
import org.bepart.platform.Access;
import org.bepart.lifecycle.ContentChanges;
import org.bepart.shared.NotFoundException;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Images and PDF documents of initiatives. What a file is comes from its bytes, never from its name: an image is
 * decoded and re-encoded ({@link ImageProcessor}), a PDF parsed ({@link PdfCheck}) and stored without its active
 * content ({@link PdfCleaner}).
 */
@Stateless
public class MediaService {

    public static final String MAX_IMAGE_BYTES = "bepart.media.max-image-bytes";
    public static final String MAX_DOCUMENT_BYTES = "bepart.media.max-document-bytes";
    public static final String MAX_IMAGE_PIXELS = "bepart.media.max-image-pixels";
    /** Images and documents an initiative may have, each. */
    public static final int MAX_PER_KIND = 20;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;


    @Inject
    private ContentChanges contentChanges;

    /** The configured limits. */
    public record Limits(long imageBytes, long documentBytes, long imagePixels) {

        /** The larger of the two byte limits: uploads beyond it are refused before they are read. */
        public long anyBytes() {
            return Math.max(imageBytes, documentBytes);
        }
    }

    public static Limits limits() {
        var config = ConfigProvider.getConfig();
        return new Limits(config.getOptionalValue(MAX_IMAGE_BYTES, Long.class).orElse(10L * 1024 * 1024),
                config.getOptionalValue(MAX_DOCUMENT_BYTES, Long.class).orElse(20L * 1024 * 1024),
                config.getOptionalValue(MAX_IMAGE_PIXELS, Long.class).orElse(40_000_000L));
    }

    /**
     * Adds a file to an initiative its owner's contributors (or an administrator) may edit: an image (JPEG, PNG or
     * WebP, re-encoded, with a thumbnail) or a PDF document, whatever its name says. Refused with
     * {@link MediaRejectedException} when it is neither, too large or unreadable.
     */
    public AttachmentView add(@NotNull Long actorId, long initiativeId, @NotNull String fileName,
                              @NotNull byte[] bytes, @Size(max = Attachment.CAPTION_MAX) String caption) {
        Account actor = Access.actor(em, actorId);
        Initiative initiative = initiative(initiativeId);
        initiative.checkEditableBy(actor);
        Limits limits = limits();
        boolean image = ImageProcessor.sniff(bytes) != null;
        AttachmentKind kind = image ? AttachmentKind.IMAGE : AttachmentKind.DOCUMENT;
        if (!image && !PdfCheck.hasSignature(bytes)) {
            throw new MediaRejectedException("unsupported", "neither an image nor a PDF: " + fileName);
        }
        List<Attachment> existing = attachments(initiative);
        int position = (int) existing.stream().filter(a -> a.getKind() == kind).count();
        if (position >= MAX_PER_KIND) {
            throw new MediaRejectedException("tooMany", position + " files of kind " + kind);
        }
        String name = safeName(fileName);
        String text = caption == null || caption.isBlank() ? null : caption.strip();
        Attachment attachment;
        AttachmentContentBytes content;
        if (image) {
            ImageProcessor.Result result = new ImageProcessor(limits.imageBytes(), limits.imagePixels()).process(bytes);
            name = withExtension(name, "image/png".equals(result.contentType()) ? "png" : "jpg");
            attachment = new Attachment(initiative, kind, name, result.contentType(), result.content().length,
                    result.width(), result.height(), text, position, clock.instant());
            content = new AttachmentContentBytes(result.content(), result.thumbnail());
        } else {
            PdfCheck.check(bytes, limits.documentBytes());
            byte[] cleaned = PdfCleaner.clean(bytes);
            name = withExtension(name, "pdf");
            attachment = new Attachment(initiative, kind, name, "application/pdf", cleaned.length, null, null, text,
                    position, clock.instant());
            content = new AttachmentContentBytes(cleaned, null);
        }
        em.persist(attachment);
        em.flush();
        em.persist(new AttachmentContent(attachment.getId(), content.content(), content.thumbnail()));
        contentChanges.announce(initiative, actorId);
        return AttachmentView.of(attachment);
    }

    private record AttachmentContentBytes(byte[] content, byte[] thumbnail) {
    }

    /** Removes a file from an initiative the actor may edit. */
    public void remove(@NotNull Long actorId, long attachmentId) {
        Account actor = Access.actor(em, actorId);
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null) {
            throw new NotFoundException("no attachment " + attachmentId);
        }
        Initiative initiative = attachment.getInitiative();
        initiative.checkEditableBy(actor);
        AttachmentContent content = em.find(AttachmentContent.class, attachmentId);
        if (content != null) {
            em.remove(content);
        }
        em.remove(attachment);
        contentChanges.announce(initiative, actorId);
    }

    /** The files of an initiative, images first, for the forms of those who edit it. */
    public List<AttachmentView> list(@NotNull Long actorId, long initiativeId) {
        Account actor = Access.actor(em, actorId);
        Initiative initiative = initiative(initiativeId);
        if (!maySee(actor, initiative)) {
            throw new org.bepart.shared.AccessDeniedException("account " + actorId + " does not see " + initiativeId);
        }
        return attachments(initiative).stream().map(AttachmentView::of).toList();
    }

    /**
     * The bytes of a file (or of an image's thumbnail) for {@code actorId} (null for a visitor): everybody sees those
     * of public initiatives; the others only members of the owner or partner organisation, administrators, and
     * reviewers once the initiative has left the draft. Empty when there is no such file or the reader may not see it.
     */
    public Optional<MediaFile> file(Long actorId, long attachmentId, boolean thumbnail) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null) {
            return Optional.empty();
        }
        Initiative initiative = attachment.getInitiative();
        if (!initiative.isPublic() && !maySeeHidden(actorId, initiative)) {
            return Optional.empty();
        }
        AttachmentContent content = em.find(AttachmentContent.class, attachmentId);
        if (content == null) {
            return Optional.empty();
        }
        boolean document = attachment.getKind() == AttachmentKind.DOCUMENT;
        if (thumbnail && (document || content.getThumbnail() == null)) {
            return Optional.empty();
        }
        byte[] bytes = thumbnail ? content.getThumbnail() : content.getContent();
        String type = thumbnail && !"image/png".equals(attachment.getContentType()) ? "image/jpeg"
                : attachment.getContentType();
        return Optional.of(new MediaFile(type, bytes, attachment.getFileName(), document, initiative.isPublic(),
                attachment.getCreatedAt()));
    }

    private boolean maySeeHidden(Long actorId, Initiative initiative) {
        Account account = actorId == null ? null : em.find(Account.class, actorId);
        return account != null && account.isActive() && maySee(account, initiative);
    }

    /** Drafts are their organisations' own: reviewers see an initiative's files once it has been submitted. */
    private static boolean maySee(Account account, Initiative initiative) {
        return initiative.isEditableBy(account) || initiative.isOwnedBy(account)
                || initiative.isPartneredBy(account)
                || Access.reviews(account) && initiative.getStatus() != InitiativeStatus.DRAFT;
    }

    private List<Attachment> attachments(Initiative initiative) {
        return em.createNamedQuery(Attachment.FIND_BY_INITIATIVE, Attachment.class)
                .setParameter("initiative", initiative).getResultList();
    }

    private Initiative initiative(long id) {
        Initiative initiative = em.find(Initiative.class, id);
        if (initiative == null) {
            throw new NotFoundException("no initiative " + id);
        }
        return initiative;
    }

    /** The last segment of an uploaded name, without control characters or path separators, never empty. */
    static String safeName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "file";
        }
        return name.length() > Attachment.FILE_NAME_MAX - 5 ? name.substring(0, Attachment.FILE_NAME_MAX - 5) : name;
    }

    /** The name with the extension of what the file really is. */
    static String withExtension(String name, String extension) {
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return base + "." + extension;
    }
}
