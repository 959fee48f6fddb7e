package org.bepart.media;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * A PDF without active content, written anew by PDFBox before it is stored: no JavaScript (document, names, form
 * fields, XFA), no open action and no additional actions, no actions that launch programs, submit or import data,
 * open other files or play media, no embedded or attached files. Page content, links to web pages and
 * in-document links stay. Objects no longer referenced are not written.
 */
public final class PdfCleaner {

    /** Action types that run code, start programs, send or fetch data, open other files or play media. */
    private static final Set<String> ACTIVE_ACTIONS = Set.of("JavaScript", "Launch", "SubmitForm", "ImportData",
            "GoToR", "GoToE", "Rendition", "ResetForm", "Movie", "Sound", "Hide", "RichMediaExecute", "GoTo3DView");
    /** Annotations that carry files or media. */
    private static final Set<String> ACTIVE_ANNOTATIONS = Set.of("FileAttachment", "RichMedia", "Movie", "Sound",
            "Screen", "3D");
    /** Keys whose values are active content wherever they appear. */
    private static final List<COSName> ACTIVE_KEYS = List.of(COSName.OPEN_ACTION, COSName.AA, COSName.JS,
            COSName.JAVA_SCRIPT, COSName.EMBEDDED_FILES, COSName.EF, COSName.getPDFName("XFA"),
            COSName.getPDFName("RichMediaContent"), COSName.getPDFName("AF"));

    private PdfCleaner() {
    }

    /**
     * The cleaned document's bytes. The caller has checked the document ({@link PdfCheck}); a document PDFBox
     * cannot read or write is refused with {@link MediaRejectedException}.
     */
    public static byte[] clean(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            document.setAllSecurityToBeRemoved(true);
            scrub(document.getDocument().getTrailer());
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            document.save(out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new MediaRejectedException("unreadable", "PDF cannot be cleaned: " + e);
        }
    }

    /** Walks every dictionary and array reachable from {@code root} once, without recursion. */
    static void scrub(COSDictionary root) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            COSBase item = todo.pop();
            if (item instanceof COSObject object) {
                item = object.getObject();
            }
            if (item == null || !seen.add(item)) {
                continue;
            }
            if (item instanceof COSDictionary dictionary) {
                clean(dictionary);
                for (COSBase value : dictionary.getValues()) {
                    todo.push(value);
                }
            } else if (item instanceof COSArray array) {
                for (int i = array.size() - 1; i >= 0; i--) {
                    if (isActiveAnnotation(array.getObject(i))) {
                        array.remove(i);
                    }
                }
                for (COSBase value : array) {
                    todo.push(value);
                }
            }
        }
    }

    private static void clean(COSDictionary dictionary) {
        ACTIVE_KEYS.forEach(dictionary::removeItem);
        for (COSName key : List.of(COSName.A, COSName.NEXT, COSName.PA)) {
            if (isActiveAction(dictionary.getDictionaryObject(key))) {
                dictionary.removeItem(key);
            }
        }
        if (isActiveAction(dictionary)) {
            // an action reached some other way (e.g. in an array of /Next): made harmless in place
            dictionary.setItem(COSName.S, COSName.getPDFName("Named"));
            dictionary.setItem(COSName.N, COSName.getPDFName("NextPage"));
            dictionary.removeItem(COSName.F);
        }
        if (COSName.FILESPEC.equals(dictionary.getCOSName(COSName.TYPE))) {
            dictionary.removeItem(COSName.EF);
            dictionary.removeItem(COSName.getPDFName("RF"));
        }
    }

    private static boolean isActiveAction(COSBase value) {
        if (value instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (isActiveAction(array.getObject(i))) {
                    return true;
                }
            }
            return false;
        }
        return value instanceof COSDictionary action && action.getCOSName(COSName.S) != null
                && ACTIVE_ACTIONS.contains(action.getCOSName(COSName.S).getName());
    }

    private static boolean isActiveAnnotation(COSBase value) {
        return value instanceof COSDictionary annotation && annotation.getCOSName(COSName.SUBTYPE) != null
                && ACTIVE_ANNOTATIONS.contains(annotation.getCOSName(COSName.SUBTYPE).getName())
                && (annotation.getCOSName(COSName.TYPE) == null
                || COSName.ANNOT.equals(annotation.getCOSName(COSName.TYPE)));
    }
}
