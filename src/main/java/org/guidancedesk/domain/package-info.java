/** The guidance group's world as plain Java records, enums and rules: no JavaFX, no SQL. */
package org.guidancedesk.domain;
