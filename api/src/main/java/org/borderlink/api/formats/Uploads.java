package org.borderlink.api.formats;

import org.springframework.web.multipart.MultipartFile;

/** Names of uploaded files, as problems show them: the base name only, no path a browser might send. */
final class Uploads {

    private Uploads() {}

    static String name(MultipartFile file, String otherwise) {
        String original = file.getOriginalFilename();
        if (original == null || original.isBlank()) return otherwise;
        String base = original.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "");
        return base.isBlank() ? otherwise : base.length() > 200 ? base.substring(0, 200) : base;
    }
}
