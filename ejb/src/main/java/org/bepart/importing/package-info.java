/**
 * Administrators import initiatives from a CSV or XLSX file with the open data's columns (an export re-imports):
 * {@link org.bepart.importing.ImportReader} reads the file within bounds, {@link org.bepart.importing.RowRules}
 * checks each row by the domain's rules, {@link org.bepart.importing.ImportService} keeps the dry run's report and
 * starts the import, which {@link org.bepart.importing.ImportJob} runs in the background in batches
 * ({@link org.bepart.importing.ImportWriter}), resumed by {@link org.bepart.importing.ImportRuns} after a stop.
 */
package org.bepart.importing;
