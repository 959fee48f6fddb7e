/** The administrators' page that imports initiatives from a CSV or XLSX file: dry run, options, progress, report. */
package org.bepart.web.importing;
