/** User-facing text: the resource bundles (zh_CN default, English) and date formats. */
package org.guidancedesk.i18n;
