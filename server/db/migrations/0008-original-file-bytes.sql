-- A workbook (.xlsx) is kept as its bytes; a text file (XLIFF, CSV, TSV) as its decoded text.
ALTER TABLE original_files ADD COLUMN bytes BLOB;
