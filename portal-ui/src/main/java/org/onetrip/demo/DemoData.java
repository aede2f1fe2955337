package org.onetrip.demo;

import java.time.Clock;
import java.time.YearMonth;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.cases.api.AcceptCaseCommand;
import org.onetrip.cases.api.AddProgressNoteCommand;
import org.onetrip.cases.api.AnswerCaseCommand;
import org.onetrip.cases.api.ApproveExtensionCommand;
import org.onetrip.cases.api.ApproveTransferCommand;
import org.onetrip.cases.api.AssignCaseCommand;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CloseCaseCommand;
import org.onetrip.cases.api.CommandOutcome;
import org.onetrip.cases.api.Complainant;
import org.onetrip.cases.api.DecideConflictOfInterestCommand;
import org.onetrip.cases.api.FileCaseCommand;
import org.onetrip.cases.api.MergeCaseCommand;
import org.onetrip.cases.api.OpenSupervisionCommand;
import org.onetrip.cases.api.ProposeTransferCommand;
import org.onetrip.cases.api.RateCaseCommand;
import org.onetrip.cases.api.Rating;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.cases.api.ReopenCaseCommand;
import org.onetrip.cases.api.RequestConflictOfInterestDecisionCommand;
import org.onetrip.cases.api.RequestExtensionCommand;
import org.onetrip.cases.api.ReturnCaseCommand;
import org.onetrip.cases.api.SignForCaseCommand;
import org.onetrip.cases.query.CaseRegistryRepository;
import org.onetrip.disclosure.api.DisclosureOutcome;
import org.onetrip.disclosure.api.PublishBulletinCommand;
import org.onetrip.projections.cases.PublicResultId;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.Role;
import org.onetrip.shared.persistence.TimeOrderedIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A few realistic cases for a first look, sent through the same commands as real work; written once
 * ({@link DemoDataSetup} decides by a marker), so a restart adds nothing.
 */
@Component
@ConditionalOnProperty(name = "onetrip.demo-data", havingValue = "true")
public class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    static final Actor INTAKE = new Actor("zhang.min", Role.INTAKE, "bianmin");
    static final Actor DISCIPLINE = new Actor("li.qing", Role.DISCIPLINE, "jiwei");

    private final CommandGateway commands;
    private final CaseRegistryRepository registry;
    private final LiaisonDemoData liaison;
    private final Clock clock;

    public DemoData(CommandGateway commands, CaseRegistryRepository registry, LiaisonDemoData liaison, Clock clock) {
        this.clock = clock;
        this.commands = commands;
        this.registry = registry;
        this.liaison = liaison;
    }

    public void load() {
        long before = registry.count();
        var bounced = bouncedBetweenCivilAffairsAndVillage();
        answeredAndClosed();
        extendedLandCase();
        justFiledSuggestion();
        reopenedAndSupervised();
        duplicateOf(bounced);
        liaison.load();
        bulletinOfThisMonthSoFar();
        log.info(
                "Demo data written: {} cases, grids and enterprises, and this month's bulletin, one bounced between 民政所 and 泗店村委会 (case no. {})",
                registry.count() - before,
                PublicResultId.of(bounced));
    }

    private String bouncedBetweenCivilAffairsAndVillage() {
        var id = file(
                Actor.PUBLIC,
                Channel.PORTAL,
                CaseKind.COMPLAINT,
                CaseCategory.BUCK_PASSING,
                "申请低保跑了三趟，民政所和村委会互相推诿",
                "我母亲今年七十八岁，独居，无固定收入。今年三月开始申请最低生活保障，村委会说要先到乡民政所审核，" + "民政所又说材料要村里先公示盖章，来回跑了三趟还没有受理。请给一个明确的办理部门和材料清单。",
                "minzheng",
                new Complainant("王秀兰", "13800001111", null, true));
        accept(id);
        send(new RequestConflictOfInterestDecisionCommand(
                id, INTAKE, Channel.WORKBENCH, "投诉涉及民政所，但低保审批权在民政所，请纪委办决定能否由民政所办理。", null));
        send(new DecideConflictOfInterestCommand(
                id, DISCIPLINE, Channel.WORKBENCH, true, "低保审批只能由民政所办理，准许民政所办理，纪委办跟踪推诿问题。", null));
        assign(id, "minzheng");
        send(new ReturnCaseCommand(
                id, handler("minzheng"), Channel.WORKBENCH, "低保申请须先经村（居）委会入户调查和民主评议，应由村委会先行受理。", null));
        assign(id, "v-sidian");
        send(new SignForCaseCommand(id, handler("v-sidian"), Channel.WORKBENCH, null));
        send(new ProposeTransferCommand(
                id, handler("v-sidian"), Channel.WORKBENCH, "minzheng", "村委会已完成入户调查，审批权限在乡民政所，转民政所办理。", null));
        send(new ApproveTransferCommand(id, INTAKE, Channel.WORKBENCH, null));
        send(new SignForCaseCommand(id, handler("minzheng"), Channel.WORKBENCH, null));
        return id;
    }

    private void answeredAndClosed() {
        var id = file(
                INTAKE,
                Channel.HOTLINE,
                CaseKind.ENQUIRY,
                CaseCategory.OTHER,
                "灵活就业人员养老保险怎么缴费",
                "来电咨询：在外打工回乡，想以灵活就业人员身份续缴城镇职工养老保险，需要带哪些材料，能否网上办理。",
                null,
                new Complainant("刘先生", "13900002222", null, false));
        accept(id);
        assign(id, "shebao");
        send(new SignForCaseCommand(id, handler("shebao"), Channel.WORKBENCH, null));
        send(new AnswerCaseCommand(
                id, handler("shebao"), Channel.WORKBENCH, "携带身份证即可在便民服务大厅人社专区办理参保登记，之后可通过微信公众号按月或按年缴费，无需再跑。", null));
        send(new RateCaseCommand(id, INTAKE, Channel.HOTLINE, Rating.VERY_SATISFIED, "回访：表示满意", null));
        send(new CloseCaseCommand(id, INTAKE, Channel.WORKBENCH, "已答复，群众满意", null));
    }

    private void extendedLandCase() {
        var id = file(
                INTAKE,
                Channel.WECHAT,
                CaseKind.REPORT,
                CaseCategory.OTHER,
                "反映有人占用基本农田建房",
                "微信公众号留言：南关村东头有人在承包地上打地基建房，已经施工一周，请核实是否办理了用地手续。",
                "guotu",
                Complainant.NONE);
        accept(id);
        send(new DecideConflictOfInterestCommand(
                id, DISCIPLINE, Channel.WORKBENCH, true, "举报对象是违法建房者，不是国土所工作人员，由国土所依职责查处。", null));
        assign(id, "guotu");
        send(new SignForCaseCommand(id, handler("guotu"), Channel.WORKBENCH, null));
        send(new AddProgressNoteCommand(id, handler("guotu"), Channel.WORKBENCH, "已现场查看，已责令暂停施工，正在调取土地利用现状图。", null));
        send(new RequestExtensionCommand(id, handler("guotu"), Channel.WORKBENCH, 5, "需县自然资源局出具地类认定意见。", null));
        send(new ApproveExtensionCommand(id, INTAKE, Channel.WORKBENCH, "同意延期5个工作日", null));
        send(new ProposeTransferCommand(
                id, handler("guotu"), Channel.WORKBENCH, "cunzhen", "地类认定为宅基地，建房规划许可属村镇中心职责，提议转村镇中心办理。", null));
    }

    private void justFiledSuggestion() {
        file(
                INTAKE,
                Channel.WINDOW,
                CaseKind.SUGGESTION,
                CaseCategory.OTHER,
                "建议节假日开放预约办事",
                "窗口登记：建议在节假日通过微信预约办理户籍、社保等事项，方便在外务工人员返乡期间办理。",
                null,
                new Complainant("赵女士", null, null, false));
    }

    private void reopenedAndSupervised() {
        var id = file(
                Actor.PUBLIC,
                Channel.PORTAL,
                CaseKind.COMPLAINT,
                CaseCategory.MORE_THAN_ONE_TRIP,
                "林木采伐许可跑了两次，材料一次没说清",
                "第一次去森林资源管理站说缺村委会证明，第二次又说要补林权证复印件，希望一次性告知全部材料。",
                "linye",
                new Complainant(null, "13700003333", null, false));
        accept(id);
        send(new DecideConflictOfInterestCommand(
                id, DISCIPLINE, Channel.WORKBENCH, true, "材料告知问题须由森林资源管理站自行纠正，准许其办理，结果由纪委办回访核实。", null));
        assign(id, "linye");
        send(new SignForCaseCommand(id, handler("linye"), Channel.WORKBENCH, null));
        send(new AnswerCaseCommand(id, handler("linye"), Channel.WORKBENCH, "已向您说明情况，请再来一次补齐材料。", null));
        send(new RateCaseCommand(id, Actor.PUBLIC, Channel.PORTAL, Rating.DISSATISFIED, "还是要再跑一次，没有解决问题", null));
        send(new ReopenCaseCommand(id, INTAKE, Channel.WORKBENCH, "群众不满意：要求一次性告知材料并提供上门或邮寄办理。", null));
        send(new OpenSupervisionCommand(id, DISCIPLINE, Channel.WORKBENCH, "“多次跑腿”类投诉，答复未解决问题，纪委办督办。", null));
        send(new RequestExtensionCommand(id, handler("linye"), Channel.WORKBENCH, 3, "需与县林业局核对林权登记，安排上门补办。", null));
    }

    private void duplicateOf(String primary) {
        var id = file(
                INTAKE,
                Channel.QQ,
                CaseKind.COMPLAINT,
                CaseCategory.BUCK_PASSING,
                "再次反映低保申请无人受理",
                "QQ留言：家属再次反映老人低保申请在民政所和村委会之间来回推，至今没有结果。",
                "minzheng",
                new Complainant("王女士", null, null, true));
        accept(id);
        send(new MergeCaseCommand(id, INTAKE, Channel.WORKBENCH, primary, "与已受理的低保投诉为同一事项，并单办理。", null));
    }

    /** So the bulletin pages have content on a fresh start: this month's figures as of now, as the discipline office publishes them. */
    private void bulletinOfThisMonthSoFar() {
        var cutOff = clock.instant();
        var period = YearMonth.from(cutOff.atZone(WorkingDays.ZONE));
        if (!cutOff.isAfter(period.atDay(1).atStartOfDay(WorkingDays.ZONE).toInstant())) {
            return;
        }
        var day = cutOff.atZone(WorkingDays.ZONE).getDayOfMonth();
        Object outcome = commands.sendAndWait(PublishBulletinCommand.of(
                DISCIPLINE,
                Channel.WORKBENCH,
                period.getYear() + "年" + period.getMonthValue() + "月“最多跑一次”改革工作通报（截至" + day + "日）",
                period,
                cutOff,
                WorkingDays.ZONE));
        if (outcome instanceof DisclosureOutcome.Refused refused) {
            throw new IllegalStateException("demo bulletin refused: " + refused);
        }
    }

    private String file(
            Actor actor,
            Channel channel,
            CaseKind kind,
            CaseCategory category,
            String title,
            String description,
            String department,
            Complainant complainant) {
        var id = TimeOrderedIds.next();
        commands.sendAndWait(new FileCaseCommand(
                id,
                actor,
                channel,
                ReceiptCode.generate(),
                kind,
                category,
                title,
                description,
                null,
                department,
                complainant));
        return id;
    }

    private void accept(String id) {
        send(new AcceptCaseCommand(id, INTAKE, Channel.WORKBENCH, null, null));
    }

    private void assign(String id, String department) {
        send(new AssignCaseCommand(id, INTAKE, Channel.WORKBENCH, department, null, null, null));
    }

    private void send(Object command) {
        CommandOutcome outcome = commands.sendAndWait(command);
        if (outcome instanceof CommandOutcome.Refused refused) {
            throw new IllegalStateException("demo data refused: " + refused);
        }
    }

    private static Actor handler(String department) {
        return new Actor("handler." + department, Role.HANDLER, department);
    }
}
