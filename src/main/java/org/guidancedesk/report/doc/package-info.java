/**
 * A printed sheet as plain blocks (title, headings, paragraphs, tables, signature line), free
 * of any PDF or JavaFX type, so the content and its rendering are tested apart.
 */
package org.guidancedesk.report.doc;
