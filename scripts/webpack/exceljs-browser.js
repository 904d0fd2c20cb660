/*
 * ExcelJS for the task pane's download chunk, from ExcelJS's own sources rather than its
 * prebuilt browser bundle: that bundle inlines a second copy of JSZip (and polyfills no
 * supported browser needs), while from the sources webpack resolves ExcelJS's require("jszip")
 * to the same package the xlsx package pass uses. Only the workbook writer is taken: not the
 * CSV or streaming readers and writers, which need Node's file system.
 */
module.exports = { Workbook: require("exceljs/lib/doc/workbook") };
