package org.factdesk.base.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/**
 * Upload fields in the user's language. Vaadin's upload speaks English whatever the page's language (its button, its
 * drop zone, its progress and its errors), so every upload goes through here with the labels and refusals of its
 * page; the progress and the server's errors are the same everywhere.
 */
public final class UploadTexts {

    private static final List<String> UNITS = List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB");

    private UploadTexts() {
    }

    /**
     * Labels {@code upload}'s button ({@code add}) and drop zone ({@code drop}), and says why a file is refused in the
     * browser: larger than allowed ({@code tooBig}), of a type the page does not take ({@code wrongType}), one file
     * more than allowed ({@code tooMany}). All four are already translated.
     */
    public static void localize(Upload upload, String add, String drop, String tooBig, String wrongType,
                                String tooMany) {
        String serverError = upload.getTranslation("upload.server-error");
        UploadI18N i18n = new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(add).setMany(add))
                .setDropFiles(new UploadI18N.DropFiles().setOne(drop).setMany(drop))
                .setError(new UploadI18N.Error().setFileIsTooBig(tooBig).setIncorrectFileType(wrongType)
                        .setTooManyFiles(tooMany))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(upload.getTranslation("upload.connecting"))
                                .setProcessing(upload.getTranslation("upload.processing"))
                                .setHeld(upload.getTranslation("upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(upload.getTranslation("upload.remaining"))
                                .setUnknown(upload.getTranslation("upload.remaining-unknown")))
                        .setError(new UploadI18N.Uploading.Error().setServerUnavailable(serverError)
                                .setUnexpectedServerError(serverError).setForbidden(serverError)))
                .setFile(new UploadI18N.File().setRetry(upload.getTranslation("upload.retry"))
                        .setStart(upload.getTranslation("upload.start"))
                        .setRemove(upload.getTranslation("upload.remove")))
                .setUnits(new UploadI18N.Units(UNITS));
        upload.setI18n(i18n);
    }
}
