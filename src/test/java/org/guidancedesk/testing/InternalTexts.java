package org.guidancedesk.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.guidancedesk.domain.Interviewee;
import org.guidancedesk.domain.PersonLevel;
import org.guidancedesk.domain.PlaceKind;
import org.guidancedesk.domain.VisitMethod;
import org.guidancedesk.domain.VisitedPlace;
import org.guidancedesk.domain.WorkDetails;
import org.guidancedesk.domain.WorkEntry;
import org.guidancedesk.domain.WorkFinding;
import org.guidancedesk.domain.WorkKind;
import org.guidancedesk.domain.WorkStatus;
import org.guidancedesk.service.Workspace;

/**
 * Internal texts planted in the work log of the first unit on a day: a talk's note and the name
 * of the person talked to (with a finding 学习流于形式 and a highlight 以案促学 that may leave),
 * and a covert visit's note and place. None of {@link #SECRETS} may appear in anything that
 * leaves the file.
 */
public final class InternalTexts {
    public static final List<String> SECRETS = List.of("机密甲", "机密乙", "机密丙", "机密丁");

    private InternalTexts() {}

    public static void plant(Workspace ws, LocalDate day) {
        long unit = ws.units().units().get(0).id();
        long member = ws.groups().members().get(0).id();
        ws.workLog().save(new WorkEntry(0, WorkKind.TALK, WorkStatus.DONE, day, null, Set.of(unit), false, List.of(member),
                member, "谈话内容-" + SECRETS.get(0), "", new WorkDetails.Talk(List.of(new Interviewee("被谈话人-" + SECRETS.get(1), unit,
                "书记", PersonLevel.HEAD, 1))), List.of(new WorkFinding(0, "学习流于形式", null)), List.of("以案促学")));
        ws.workLog().save(new WorkEntry(0, WorkKind.VISIT, WorkStatus.DONE, day, null, Set.of(unit), false, List.of(member),
                member, "暗访记录-" + SECRETS.get(2), "", new WorkDetails.Visit(List.of(new VisitedPlace("暗访点位-" + SECRETS.get(3),
                PlaceKind.SERVICE_WINDOW)), VisitMethod.COVERT), List.of(), List.of()));
    }
}
