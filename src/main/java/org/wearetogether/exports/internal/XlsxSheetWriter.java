package org.wearetogether.exports.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.wearetogether.exports.SheetWriter;

/**
 * One sheet through POI's streaming workbook: only the last {@value #WINDOW} rows stay in memory, the others go to a
 * compressed temporary file, which is deleted once the workbook is written. Every text is a text cell (never a
 * formula); one that looks like a formula is also quote-prefixed, so that Excel keeps it text after an edit.
 */
public final class XlsxSheetWriter implements SheetWriter {

    static final int WINDOW = 200;

    private final OutputStream out;
    private final SXSSFWorkbook workbook;
    private final Sheet sheet;
    private final CellStyle header;
    private final CellStyle quoted;
    private int next;

    public XlsxSheetWriter(OutputStream out, String sheetName) {
        this.out = out;
        this.workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
        this.header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        this.quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
    }

    @Override
    public void row(List<?> cells) {
        Row row = sheet.createRow(next);
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                String text = value.toString();
                cell.setCellValue(text);
                if (next > 0 && Cells.looksLikeFormula(text)) {
                    cell.setCellStyle(quoted);
                }
            }
            if (next == 0) {
                cell.setCellStyle(header);
            }
        }
        next++;
    }

    @Override
    public long rows() {
        return Math.max(0, next - 1);
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.write(out);
            out.flush();
        } finally {
            workbook.dispose(); // deletes the temporary file
            workbook.close();
        }
    }
}
