package org.wearetogether.exports;

/** The file formats of an export. */
public enum SheetFormat {
    /** RFC 4180, UTF-8 with a byte-order mark (so that Excel reads Cyrillic), CRLF line ends. */
    CSV("text/csv; charset=UTF-8", "csv"),
    /** Office Open XML workbook with one sheet. */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String extension;

    SheetFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /** For the HTTP response's {@code Content-Type}. */
    public String contentType() {
        return contentType;
    }

    /** The file name's extension, without the dot. */
    public String extension() {
        return extension;
    }
}
