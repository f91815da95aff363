package org.guidancedesk.domain;

/** A division of labour inside the group (联络, 材料, 后勤, 统筹). */
public enum Duty { LIAISON, DOCUMENTS, LOGISTICS, COORDINATION }
