package org.guidancedesk.report;

import java.util.ArrayList;
import java.util.List;
import org.guidancedesk.domain.ReviewFigures;
import org.guidancedesk.i18n.I18n;

/**
 * A period's reviewing in the words reports use: "审阅方案材料6份，提出修改意见14条，2份经多轮修改后
 * 定稿。" A part with nothing to count is left out; no documents reviewed says nothing ("").
 */
public final class ReviewSentence {
    private ReviewSentence() {}

    public static String of(ReviewFigures f, I18n i18n) {
        if (f.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        parts.add(i18n.tr("figures.reviews.documents", f.documents()));
        if (f.points() > 0) {
            parts.add(i18n.tr("figures.reviews.points", f.points()));
        }
        if (f.finalisedAfterRounds() > 0) {
            parts.add(i18n.tr("figures.reviews.finalised", f.finalisedAfterRounds()));
        }
        String sentence = String.join(i18n.tr("figures.reviews.separator"), parts) + i18n.tr("figures.sentenceEnd");
        // A sentence starts with a capital (English); Chinese has none to make
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
