/**
 * What the Office Open XML files we write (.xlsx in {@code tabular}, .docx in {@code report.docx})
 * have in common: XML text escaped with the characters XML 1.0 forbids dropped, and the package
 * itself — a zip of parts with fixed entry times (the same content gives the same bytes), its
 * {@code [Content_Types].xml} and its relationship parts. The JDK only.
 */
package org.guidancedesk.ooxml;
