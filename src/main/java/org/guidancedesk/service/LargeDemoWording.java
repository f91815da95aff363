package org.guidancedesk.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.guidancedesk.domain.Ledger;
import org.guidancedesk.domain.Unit;

/**
 * What the large demo's ledger items say: a problem made of where it lies (one of the unit's
 * places, offices or colleges), the problem itself (by ledger and category; a quarter of the
 * 整改台账's after its source's lead-in) and how it shows, so that two items of one unit are rarely
 * near-duplicates; one or two measures; the office and person in charge; and dated progress
 * notes.
 */
record LargeDemoWording(LargeDemoTexts texts, Random random) {

    String problem(Unit unit, Ledger ledger, int category) {
        String subject = texts.pick("subjects." + unit.kind(), random).replace("{p}", texts.pick("places", random))
                .replace("{o}", office(unit)).replace("{d}", texts.pick("disciplines", random));
        String detail = texts.pick("details", random);
        if (ledger == Ledger.SPECIAL) {
            return subject + texts.pick("special." + category, random) + detail;
        }
        List<String> words = texts.words("rectify." + category);
        String leadIn = random.nextInt(4) == 0 ? words.get(0) : "";
        return leadIn + subject + LargeDemoTexts.pick(words.subList(1, words.size()), random) + detail;
    }

    String measures() {
        String first = texts.pick("measures", random);
        String second = texts.pick("measures", random);
        return random.nextInt(3) == 0 || first.equals(second) ? first : first + "；" + second;
    }

    String office(Unit unit) {
        return texts.pick("owners." + unit.kind(), random);
    }

    String owner(Unit unit) {
        return office(unit) + "／" + texts.person(random);
    }

    /** A document number of the unit's office, as 佐证材料. */
    String evidence(Unit unit, LocalDate on) {
        return office(unit) + "〔" + on.getYear() + "〕" + (1 + random.nextInt(60)) + "号";
    }

    /** Up to {@code count} dated notes of work under way, from {@code from} to {@code to}, oldest first. */
    List<Note> progress(int count, LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            days.add(DemoCalendar.between(random, from, to));
        }
        days.sort(null);
        List<Note> notes = new ArrayList<>();
        for (LocalDate d : days) {
            notes.add(new Note(d, LargeDemoTexts.numbered(texts.pick("progress", random), random)));
        }
        return notes;
    }

    /** The note of a completion ({@code "completed"}) or of a verification ({@code "closed"}). */
    Note settled(String section, LocalDate on) {
        return new Note(on, LargeDemoTexts.numbered(texts.pick(section, random), random));
    }

    /** A progress note before its item is saved. */
    record Note(LocalDate on, String text) {}
}
