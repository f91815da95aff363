package org.guidancedesk.report.dynamic;

/**
 * What stands around a 工作动态's text: its title (e.g. 主题教育工作动态), its 期号 (null until
 * issued: the masthead leaves the number blank), and the 报送 / 抄送 lines at its foot (blank:
 * left out).
 */
public record DynamicHeader(String title, Integer issue, String sentTo, String copyTo) {
    public DynamicHeader {
        title = title == null ? "" : title.strip();
        sentTo = sentTo == null ? "" : sentTo.strip();
        copyTo = copyTo == null ? "" : copyTo.strip();
        if (issue != null && issue < 1) {
            throw new IllegalArgumentException("an issue number counts from 1: " + issue);
        }
    }
}
