// Limits for uploaded spreadsheets. Shared with the browser (the import page checks the size
// before sending), so this module imports nothing.

/** The largest file accepted, as sent. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MAX_UPLOAD_MB = MAX_UPLOAD_BYTES / 1024 / 1024;

/**
 * What an .xlsx may expand to. The 20,000 rows allowed, every column filled, expand to about
 * 45 MB (measured with exceljs); exceljs holds each part as one string, so this also bounds
 * its memory.
 */
export const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;
export const MAX_UNZIPPED_MB = MAX_UNZIPPED_BYTES / 1024 / 1024;

/** Workbooks have a few dozen parts (sheets, styles, relationships); thousands is not a workbook. */
export const MAX_ZIP_ENTRIES = 2_000;

/**
 * Uncompressed ÷ compressed of the whole file. Workbooks measured stay below 25 (20,000 rows of
 * identical or varied text, 100,000 zeros, 50,000 styled empty cells: 10–22); deflate's ceiling
 * is about 1032, where bombs sit.
 */
export const MAX_ZIP_RATIO = 200;
