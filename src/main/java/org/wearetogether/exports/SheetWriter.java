package org.wearetogether.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.wearetogether.exports.internal.CsvSheetWriter;
import org.wearetogether.exports.internal.XlsxSheetWriter;

/**
 * Writes one table, row by row, to an output stream, holding only a small window of rows in memory. A cell is a
 * {@link String}, a {@link Number} or null (empty). A text cell that begins with {@code = + - @} (or a tab or carriage
 * return) is written so that no spreadsheet runs it as a formula: in CSV with a leading apostrophe, in XLSX as a
 * quote-prefixed text cell. {@link #close()} finishes the file; it does not close the stream.
 */
public interface SheetWriter extends AutoCloseable {

    /** Writes one row; cells beyond the header's width are written too. */
    void row(List<?> cells) throws IOException;

    /** How many rows were written after the first (the header). */
    long rows();

    @Override
    void close() throws IOException;

    /** Starts a table with its header row. */
    static SheetWriter open(SheetFormat format, OutputStream out, String sheetName, List<String> header)
            throws IOException {
        SheetWriter writer = switch (format) {
            case CSV -> new CsvSheetWriter(out);
            case XLSX -> new XlsxSheetWriter(out, sheetName);
        };
        writer.row(header);
        return writer;
    }
}
