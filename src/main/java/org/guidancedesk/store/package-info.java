/**
 * The SQLite file: opening and checking it, migrations, transactions, and one repository per
 * aggregate. Uses only {@code domain} and {@code java.sql}.
 */
package org.guidancedesk.store;
