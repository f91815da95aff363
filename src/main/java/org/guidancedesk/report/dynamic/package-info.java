/**
 * The 工作动态: the weekly report that goes up to the campaign office, in narrative form — what
 * the group did, how each unit is doing, problems, good practice, next week, what needs the
 * office — written from the same week's data as the status sheet, never with internal text.
 */
package org.guidancedesk.report.dynamic;
