package org.guidancedesk.domain;

/** A group member's role (组长 / 副组长 / 成员 / 联络员). */
public enum MemberRole { LEADER, DEPUTY, MEMBER, LIAISON }
