package org.wearetogether.exports.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.wearetogether.exports.SheetWriter;

/**
 * CSV as RFC 4180 has it: comma-separated, CRLF after every row, a field in double quotes when it holds a comma, a
 * quote or a line break (its quotes doubled). UTF-8 with a byte-order mark first, which Excel needs to read Cyrillic.
 * A text that looks like a formula gets a leading apostrophe (numbers are written as they are).
 */
public final class CsvSheetWriter implements SheetWriter {

    private static final char BOM = '\uFEFF';

    private final Writer out;
    private long rows = -1;

    public CsvSheetWriter(OutputStream stream) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
        out.write(BOM);
    }

    @Override
    public void row(List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(cells.get(i)));
        }
        out.write("\r\n");
        rows++;
    }

    static String field(Object cell) {
        String text = Cells.text(cell);
        if (!(cell instanceof Number) && Cells.looksLikeFormula(text)) {
            text = "'" + text;
        }
        boolean quote =
                text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    @Override
    public long rows() {
        return Math.max(0, rows);
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
