package org.guidancedesk.domain;

/** The kind of an assigned unit (省区市, 部委, 企业, 高校, 市, 县, 市直部门, 其他). */
public enum UnitKind { PROVINCE, MINISTRY, ENTERPRISE, UNIVERSITY, CITY, COUNTY, CITY_DEPARTMENT, OTHER }
