package org.guidancedesk.domain;

/**
 * The group's 工作动态 masthead and foot: the title (blank: the product's default 主题教育工作动态),
 * the 报送 and 抄送 lines (blank: left out), and the first 期号 when the group starts numbering
 * (a group that took over a series may start at 第5期).
 */
public record DynamicSettings(String title, String sentTo, String copyTo, int firstIssue) {
    public static final int MAX_ISSUE = 9999;

    public DynamicSettings {
        title = Text.optional("dynamic.settings.title", title);
        sentTo = Text.optional("dynamic.settings.sentTo", sentTo);
        copyTo = Text.optional("dynamic.settings.copyTo", copyTo);
        if (firstIssue < 1 || firstIssue > MAX_ISSUE) {
            throw new ValidationException("dynamic.settings.firstIssue", "validation.issueRange", MAX_ISSUE);
        }
    }

    public static DynamicSettings defaults() {
        return new DynamicSettings("", "", "", 1);
    }
}
