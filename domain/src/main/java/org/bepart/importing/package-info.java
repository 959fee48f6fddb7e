/**
 * Imports of initiatives from a CSV or XLSX file with the open data's columns: the run of one file (checked, then
 * imported in batches) with its progress and its report of refused rows ({@link org.bepart.importing.ImportRun}), and
 * the file's bytes ({@link org.bepart.importing.ImportFile}).
 */
package org.bepart.importing;
