package org.bepart.initiative;

/** An image shown in the initiative's gallery, or a PDF document offered for download. */
public enum AttachmentKind {
    IMAGE,
    DOCUMENT
}
