package org.wearetogether.chat.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;
import org.wearetogether.chat.DataExport;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an export as a simple HTML page (large type, no scripts, no outside resources: it opens in any phone's
 * browser or file viewer) and as JSON of the documented shape (README, "Seeing your data").
 */
final class ExportRendering {

    /** The version of the JSON shape; raised when a key changes meaning or goes. */
    static final int FORMAT = 1;

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private static final String STYLE = "body{font-family:sans-serif;font-size:18px;line-height:1.5;margin:1em;"
            + "max-width:42em;color:#111}h1{font-size:1.5em}h2{font-size:1.3em;border-bottom:2px solid #ddd;"
            + "margin-top:1.5em}h3{font-size:1.1em;margin-bottom:.2em}dl{margin:0 0 1em}dt{color:#555;"
            + "margin-top:.4em}dd{margin:0;font-weight:bold;white-space:pre-wrap;overflow-wrap:anywhere}";

    private ExportRendering() {}

    static byte[] json(PersonalExport.Export export) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("madeAt", DataExport.json(export.madeAt()));
        root.put("language", export.language());
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("channel", export.person().channel());
        person.put("userId", export.person().userId());
        person.put("chatId", export.person().chatId());
        root.put("person", person);
        Map<String, Object> sections = new LinkedHashMap<>();
        export.sections().forEach(s -> sections.put(s.key(), s.data()));
        root.put("sections", sections);
        return JSON.writeValueAsBytes(root);
    }

    static byte[] html(PersonalExport.Export export, String hotline) {
        String language = export.language();
        StringBuilder page = new StringBuilder(4096)
                .append("<!DOCTYPE html>\n<html lang=\"")
                .append(esc(language))
                .append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>")
                .append(esc(MyDataTexts.TITLE.in(language)))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body>\n<h1>")
                .append(esc(MyDataTexts.TITLE.in(language)))
                .append("</h1>\n<p>")
                .append(esc(MyDataTexts.MADE_AT.in(language).formatted(DataExport.shown(export.madeAt()))))
                .append("</p>\n<p>")
                .append(esc(MyDataTexts.INTRO.in(language)))
                .append("</p>\n");
        for (DataExport.Section section : export.sections()) {
            section(page, section);
        }
        page.append("<hr>\n<p>")
                .append(esc(MyDataTexts.NOTHING_ELSE.in(language)))
                .append("</p>\n<p>")
                .append(esc(MyDataTexts.HOW_TO_DELETE.in(language).formatted(hotline)))
                .append("</p>\n</body></html>\n");
        return page.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void section(StringBuilder page, DataExport.Section section) {
        page.append("<h2>").append(esc(section.title())).append("</h2>\n");
        for (DataExport.Entry entry : section.entries()) {
            if (entry.heading() != null) {
                page.append("<h3>").append(esc(entry.heading())).append("</h3>\n");
            }
            page.append("<dl>\n");
            for (DataExport.Field field : entry.fields()) {
                if (field.value() != null && !field.value().isBlank()) {
                    page.append("<dt>")
                            .append(esc(field.label()))
                            .append("</dt><dd>")
                            .append(esc(field.value()))
                            .append("</dd>\n");
                }
            }
            page.append("</dl>\n");
        }
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
