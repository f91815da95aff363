/**
 * Reading and writing spreadsheet tables (.xlsx and .csv) with the JDK alone: {@code java.util.zip}
 * and StAX. Files come from other units and are not trusted, so reading is bounded everywhere
 * (file size, unzipped bytes, rows, columns, cell length) and refuses DTDs; every refusal is a
 * {@link org.guidancedesk.tabular.TableFileException} that names the file, row and column and
 * carries an i18n key of the {@code tabular} bundle.
 */
package org.guidancedesk.tabular;
