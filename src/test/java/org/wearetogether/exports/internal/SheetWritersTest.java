package org.wearetogether.exports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.wearetogether.exports.SheetFormat;
import org.wearetogether.exports.SheetWriter;

class SheetWritersTest {

    private static final List<String> HEADER = List.of("Номер", "Что нужно", "Число");

    @Test
    void csvIsRfc4180WithABomAndCrlfAndKeepsCyrillic() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SheetWriter sheet = SheetWriter.open(SheetFormat.CSV, out, "x", HEADER)) {
            sheet.row(List.of("MOW-000001", "продукты, лекарства", 3));
            sheet.row(List.of("MOW-000002", "сказал \"срочно\"\nвторая строка", -4));
            sheet.row(java.util.Arrays.asList("MOW-000003", null, 0));
            assertThat(sheet.rows()).isEqualTo(3);
        }
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text)
                .isEqualTo("Номер,Что нужно,Число\r\n"
                        + "MOW-000001,\"продукты, лекарства\",3\r\n"
                        + "MOW-000002,\"сказал \"\"срочно\"\"\nвторая строка\",-4\r\n"
                        + "MOW-000003,,0\r\n");
    }

    @Test
    void csvCellsThatLookLikeFormulasGetAnApostropheNumbersDoNot() throws Exception {
        for (String evil : List.of("=HYPERLINK(\"http://x\")", "+7999", "-2+3", "@SUM(A1)", "\t=1", "\r=1")) {
            String field = CsvSheetWriter.field(evil);
            String value = field.startsWith("\"") ? field.substring(1) : field; // quoted when it holds a CR
            assertThat(value).as(evil).startsWith("'");
        }
        assertThat(CsvSheetWriter.field("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvSheetWriter.field(-5)).isEqualTo("-5");
        assertThat(CsvSheetWriter.field("a=b")).isEqualTo("a=b");
    }

    @Test
    void xlsxKeepsCyrillicWritesNumbersAsNumbersAndNeverAFormula() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SheetWriter sheet = SheetWriter.open(SheetFormat.XLSX, out, "Просьбы", HEADER)) {
            sheet.row(List.of("MOW-000001", "продукты", 3));
            sheet.row(List.of("=HYPERLINK(\"http://evil\",\"x\")", "@cmd", 2));
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheet("Просьбы");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Что нужно");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("продукты");
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(3.0);
            Row evil = sheet.getRow(2);
            assertThat(evil.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(evil.getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil\",\"x\")");
            assertThat(evil.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(evil.getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(1).getCell(1).getCellStyle().getQuotePrefixed())
                    .isFalse();
        }
    }

    @Test
    void xlsxStreamsManyRowsWithinTheWindow() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SheetWriter sheet = SheetWriter.open(SheetFormat.XLSX, out, "Big", HEADER)) {
            for (int i = 0; i < 5_000; i++) {
                sheet.row(List.of("MOW-" + i, "продукты", i));
            }
            assertThat(sheet.rows()).isEqualTo(5_000);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(5_000);
            assertThat(book.getSheetAt(0).getRow(5_000).getCell(0).getStringCellValue())
                    .isEqualTo("MOW-4999");
        }
    }
}
