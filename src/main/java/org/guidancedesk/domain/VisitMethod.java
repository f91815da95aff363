package org.guidancedesk.domain;

/** How a visit was made: 常规, 四不两直, 随机抽查, 暗访 (the last is internal: never printed). */
public enum VisitMethod {
    REGULAR, UNANNOUNCED, SPOT_CHECK, COVERT
}
