package org.guidancedesk.domain;

/** Who carries out a required action: every unit, or the group itself (工作事项). */
public enum ActionScope { UNIT, GROUP }
