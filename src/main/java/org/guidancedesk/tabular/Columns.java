package org.guidancedesk.tabular;

/** Column letters as Excel shows them: 0 is A, 25 is Z, 26 is AA. */
public final class Columns {
    private Columns() {}

    public static String letters(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("column " + index);
        }
        StringBuilder b = new StringBuilder(3);
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            b.append((char) ('A' + (n - 1) % 26));
        }
        return b.reverse().toString();
    }

    /**
     * The column of a cell reference such as "C7" or "c7" (0-based), or -1 if it does not start
     * with one to three letters followed by digits. Three letters reach XFD, Excel's last.
     */
    static int indexOfReference(String reference) {
        int i = 0;
        int index = 0;
        while (i < reference.length() && i < 4) {
            char c = Character.toUpperCase(reference.charAt(i));
            if (c < 'A' || c > 'Z') {
                break;
            }
            index = index * 26 + (c - 'A' + 1);
            i++;
        }
        if (i == 0 || i > 3 || i == reference.length()) {
            return -1;
        }
        for (int j = i; j < reference.length(); j++) {
            if (reference.charAt(j) < '0' || reference.charAt(j) > '9') {
                return -1;
            }
        }
        return index - 1;
    }
}
