package org.guidancedesk.tabular;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Excel's stored numbers as the text a user expects, and date serials as dates. */
final class CellValues {
    /** Excel works to 15 significant digits; more in the file is binary noise (0.1+0.2 = 0.30000000000000004). */
    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_EVEN);
    private static final long MS_PER_DAY = 86_400_000L;
    /** 9999-12-31, Excel's last date. */
    private static final long LAST_SERIAL = 2_958_465;
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);

    private CellValues() {}

    /**
     * "12" for 12.0, "0.3" for 0.30000000000000004, "1E+30" beyond twenty digits (toPlainString
     * of a hostile 1E+999999999 would be a billion characters); null when not a number.
     */
    static String numberText(String stored) {
        if (isPlainInteger(stored)) {
            return stored; // most stored numbers, and every date serial: no BigDecimal needed
        }
        BigDecimal n;
        try {
            n = new BigDecimal(stored.trim());
        } catch (NumberFormatException e) {
            return null;
        }
        if (n.precision() > 15) {
            n = n.round(EXCEL_DIGITS);
        }
        if (n.signum() == 0) {
            return "0";
        }
        n = n.stripTrailingZeros();
        long leadingDigitPower = (long) n.precision() - n.scale() - 1;
        return Math.abs(leadingDigitPower) > 20 ? n.toString() : n.toPlainString();
    }

    /** 1 to 15 digits, maybe after a minus, without a leading zero: already as Excel shows it. */
    private static boolean isPlainInteger(String s) {
        int start = s.startsWith("-") ? 1 : 0;
        int digits = s.length() - start;
        if (digits < 1 || digits > 15 || (s.charAt(start) == '0' && digits > 1)) {
            return false;
        }
        for (int i = start; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.equals("-0");
    }

    /**
     * The day of a date serial, or null when it is not one: below 1 (a time of day, or a blank
     * date shown as 1900-01-00), past 9999-12-31, or 60, Excel's 29 February 1900 kept from Lotus
     * 1-2-3 for compatibility: in the 1900 system, serials 1–59 count from 1899-12-31 and from 61
     * on from 1899-12-30.
     */
    static LocalDate date(double serial, boolean date1904) {
        if (!(serial >= 1) || serial >= LAST_SERIAL + 1) {
            return null;
        }
        long day = Math.floorDiv(Math.round(serial * MS_PER_DAY), MS_PER_DAY); // 23:59:59.9999 is the next day, as Excel shows it
        if (date1904) {
            return EPOCH_1904.plusDays(day);
        }
        if (day == 60) {
            return null;
        }
        return day < 60 ? EPOCH_1900.plusDays(day + 1) : EPOCH_1900.plusDays(day);
    }

    /** The serial Excel stores for a day (1900 system), or -1 before 1900-03-01 where Excel counts wrongly. */
    static long serial(LocalDate date) {
        if (date.isBefore(LocalDate.of(1900, 3, 1)) || date.getYear() > 9999) {
            return -1;
        }
        return ChronoUnit.DAYS.between(EPOCH_1900, date);
    }
}
