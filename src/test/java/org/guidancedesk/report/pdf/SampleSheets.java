package org.guidancedesk.report.pdf;

import static org.guidancedesk.report.doc.Block.Align.CENTER;
import static org.guidancedesk.report.doc.Block.Align.LEFT;
import static org.guidancedesk.report.doc.Block.Align.RIGHT;

import java.util.ArrayList;
import java.util.List;
import org.guidancedesk.report.doc.Block;
import org.guidancedesk.report.doc.Block.Column;
import org.guidancedesk.report.doc.Block.Heading;
import org.guidancedesk.report.doc.Block.Paragraph;
import org.guidancedesk.report.doc.Block.Signature;
import org.guidancedesk.report.doc.Block.Table;
import org.guidancedesk.report.doc.Block.Title;
import org.guidancedesk.report.doc.Sheet;

/** Sheets for the tests: a realistic one-page weekly status sheet and its variations. */
final class SampleSheets {

    private SampleSheets() {
    }

    /** A weekly status sheet that fits one A4 page, like the one the secretary prints on Fridays. */
    static Sheet weekly() {
        return new Sheet("第三指导组第12周工作进展表", "王秘书", weeklyBlocks(), "— {0} —");
    }

    static List<Block> weeklyBlocks() {
        List<Block> b = new ArrayList<>();
        b.add(new Title("第三指导组第12周工作进展表", "（2026年11月16日—2026年11月22日）"));
        b.add(new Heading(1, "一、本周工作"));
        b.add(Paragraph.of("本周指导组按照主题教育领导小组办公室部署，列席联系单位集中学习研讨3次，"
                + "与2家单位17位同志进行个别谈话，赴4个市（县）开展实地调研，采取“四不两直”方式随机走访基层党组织2个。"
                + "审阅省农业农村厅、市交通运输局检视问题清单及整改方案，反馈修改意见11条。"));
        b.add(new Heading(2, "（一）规定动作完成情况"));
        b.add(new Table(List.of(
                new Column("序号", 0.6, CENTER),
                new Column("联系单位", 2.4, LEFT),
                new Column("集中学习研讨", 1.2, CENTER),
                new Column("专题党课", 1, CENTER),
                new Column("调研成果交流会", 1.3, CENTER),
                new Column("完成率", 0.9, RIGHT)),
                List.of(
                        List.of("1", "省农业农村厅", "已完成", "已完成", "进行中", "67%"),
                        List.of("2", "市交通运输局", "已完成", "未启动", "未启动", "33%"),
                        List.of("3", "省属国有企业集团有限公司（含所属二级单位及驻外机构）", "已完成", "已完成", "已完成", "100%"),
                        List.of("4", "某某大学", "进行中", "未启动", "未启动", "0%"),
                        List.of("", "合计", "3/4", "2/4", "1/4", "50%")),
                List.of(4)));
        b.add(new Heading(2, "（二）上报材料时间节点"));
        b.add(new Table(List.of(
                new Column("材料", 3, LEFT),
                new Column("截止日期", 1.4, CENTER),
                new Column("状态", 1, CENTER)),
                List.of(
                        List.of("第二阶段工作进展情况报告", "2026年11月20日", "已报送"),
                        List.of("检视问题清单（第二批）", "2026年11月18日", "逾期未报"),
                        List.of("专项整治工作台账", "2026年11月27日", "下周到期"))));
        b.add(new Heading(1, "二、整改台账情况"));
        b.add(new Table(List.of(
                new Column("联系单位", 2.4, LEFT),
                new Column("问题总数", 1, RIGHT),
                new Column("已完成", 1, RIGHT),
                new Column("整改中", 1, RIGHT),
                new Column("逾期", 1, RIGHT)),
                List.of(
                        List.of("省农业农村厅", "12", "7", "5", "1"),
                        List.of("市交通运输局", "9", "3", "6", "0"),
                        List.of("合计", "21", "10", "11", "1")),
                List.of(2)));
        b.add(Paragraph.muted("注：逾期指超过整改时限仍未完成的事项；“长期坚持”类事项不计入逾期。"));
        b.add(new Heading(1, "三、下周工作安排"));
        b.add(Paragraph.of("1. 列席市交通运输局专题民主生活会，会前审阅对照检查材料。"));
        b.add(Paragraph.of("2. 督促某某大学于11月27日前完成支部书记轮训，报送调研成果交流会安排。"));
        b.add(new Heading(1, "四、需要协调的问题"));
        b.add(Paragraph.muted("本周无。"));
        b.add(new Signature(List.of("填报人：王秘书", "审核：李组长", "2026年11月24日")));
        return b;
    }

    /** A sheet whose table has {@code rows} rows (ledger-like, some with long unit names). */
    static Sheet longTable(int rows) {
        List<List<String>> data = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            String unit = i % 7 == 0 ? "省属国有企业集团有限公司所属第" + i + "分公司（含驻外机构）" : "联系单位" + i;
            data.add(List.of(Integer.toString(i), unit, "整改中", "2026年12月31日"));
        }
        return new Sheet("整改台账", "王秘书", List.of(
                new Title("整改台账明细", ""),
                new Heading(1, "一、整改事项"),
                new Table(List.of(
                        new Column("序号", 0.6, CENTER),
                        new Column("联系单位", 3, LEFT),
                        new Column("状态", 1, CENTER),
                        new Column("整改时限", 1.6, CENTER)), data)),
                "第 {0} 页 / 共 {1} 页");
    }
}
