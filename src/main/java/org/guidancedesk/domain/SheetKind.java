package org.guidancedesk.domain;

/** How an archived sheet left the program. */
public enum SheetKind { EXPORT, PRINT }
