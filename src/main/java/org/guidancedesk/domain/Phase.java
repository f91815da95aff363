package org.guidancedesk.domain;

/** The campaign's phases: the four key measures plus the closing summary. */
public enum Phase { STUDY, RESEARCH, INSPECTION, RECTIFICATION, SUMMARY }
