package org.onetrip.benchmark;

import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.onetrip.cases.api.AcceptCaseCommand;
import org.onetrip.cases.api.AnswerCaseCommand;
import org.onetrip.cases.api.AssignCaseCommand;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CloseCaseCommand;
import org.onetrip.cases.api.CommandOutcome;
import org.onetrip.cases.api.Complainant;
import org.onetrip.cases.api.FileCaseCommand;
import org.onetrip.cases.api.RateCaseCommand;
import org.onetrip.cases.api.Rating;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.cases.api.ReopenCaseCommand;
import org.onetrip.cases.api.ReturnCaseCommand;
import org.onetrip.cases.api.SignForCaseCommand;
import org.onetrip.cases.api.TransferCaseCommand;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.Role;

/**
 * Realistic case histories, written through the real command gateway. Four shapes in turn, 32 events
 * per four cases (8 on average): answered and closed (7), returned and re-assigned (9), transferred
 * and rated badly (8), rated badly, reopened and answered again (8).
 */
final class CaseLifecycles {

    static final int EVENTS_PER_CASE = 8;
    static final Actor INTAKE = new Actor("bench.intake", Role.INTAKE, "bianmin");

    private static final List<String> DEPARTMENTS = List.of(
            "minzheng",
            "shebao",
            "xinfang",
            "jisheng",
            "cunzhen",
            "guotu",
            "linye",
            "xiangmu",
            "caizheng",
            "v-dongjie",
            "v-xijie",
            "v-sidian",
            "v-liuzhuang",
            "v-wanglou",
            "v-hekou",
            "v-xinzhuang",
            "v-beiying",
            "v-nanguan");
    private static final List<String> PLACES = List.of("东街", "西街", "泗店村", "刘庄村", "王楼村", "河口村", "新庄村", "北营村", "南关村");
    private static final List<String[]> MATTERS = List.of(
            new String[] {"申请低保跑了三趟，民政所和村委会互相推诿", "老人独居无固定收入，申请最低生活保障，村委会说先到民政所审核，民政所又说材料要村里先公示盖章，来回跑了三趟还没有受理。"},
            new String[] {"灵活就业人员养老保险怎么缴费", "在外打工回乡，想以灵活就业人员身份续缴城镇职工养老保险，需要带哪些材料，能否网上办理。"},
            new String[] {"反映有人占用基本农田建房", "有人在承包地上打地基建房，已经施工一周，请核实是否办理了用地手续。"},
            new String[] {"林木采伐许可跑了两次，材料一次没说清", "第一次去森林资源管理站说缺村委会证明，第二次又说要补林权证复印件，希望一次性告知全部材料。"},
            new String[] {"路灯坏了一个多月没人修", "村口主干道路灯损坏一个多月，晚上出行很不安全，多次向村里反映，说归乡里管，乡里说归村里管。"},
            new String[] {"建议节假日开放预约办事", "建议在节假日通过微信预约办理户籍、社保等事项，方便在外务工人员返乡期间办理。"},
            new String[] {"窗口工作人员态度生硬", "到便民服务中心办理生育登记，窗口工作人员态度生硬，问两句就不耐烦，材料也没讲清楚。"},
            new String[] {"企业项目备案材料要求不明确", "办理项目备案，项目办要求补充的材料前后说法不一致，已经跑了两次，影响开工进度。"});
    private static final CaseKind[] KINDS = {
        CaseKind.COMPLAINT,
        CaseKind.ENQUIRY,
        CaseKind.REPORT,
        CaseKind.COMPLAINT,
        CaseKind.COMPLAINT,
        CaseKind.SUGGESTION,
        CaseKind.COMPLAINT,
        CaseKind.ENTERPRISE_REQUEST
    };
    private static final CaseCategory[] CATEGORIES = {
        CaseCategory.BUCK_PASSING,
        CaseCategory.OTHER,
        CaseCategory.OTHER,
        CaseCategory.MORE_THAN_ONE_TRIP,
        CaseCategory.BUCK_PASSING,
        CaseCategory.OTHER,
        CaseCategory.ATTITUDE,
        CaseCategory.UNCLEAR_REQUIREMENTS
    };

    private final CommandGateway commands;

    CaseLifecycles(CommandGateway commands) {
        this.commands = commands;
    }

    /** Writes case number {@code n} and returns its id. */
    String write(int n) {
        var random = new SplittableRandom(n * 7919L + 17);
        var first = DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size()));
        var second = other(random, first);
        // a complaint about a department may not be handled by it (conflict of interest): about a third one
        var concerned = other(random, first, second);
        var id = file(n, random, concerned);
        send(new AcceptCaseCommand(id, INTAKE, Channel.WORKBENCH, null, null));
        switch (n % 4) {
            case 0 -> {
                assign(id, first);
                signFor(id, first);
                answer(id, first);
                send(new RateCaseCommand(id, Actor.PUBLIC, Channel.PORTAL, Rating.SATISFIED, "办得很快", null));
                send(new CloseCaseCommand(id, INTAKE, Channel.WORKBENCH, "已答复，群众满意", null));
            }
            case 1 -> {
                assign(id, first);
                send(new ReturnCaseCommand(id, handler(first), Channel.WORKBENCH, "不属于本单位职责，请重新派单。", null));
                assign(id, second);
                signFor(id, second);
                answer(id, second);
                send(new RateCaseCommand(id, INTAKE, Channel.HOTLINE, Rating.BASICALLY_SATISFIED, "回访：基本满意", null));
                send(new CloseCaseCommand(id, INTAKE, Channel.WORKBENCH, "已办结", null));
            }
            case 2 -> {
                assign(id, first);
                signFor(id, first);
                send(new TransferCaseCommand(
                        id, INTAKE, Channel.WORKBENCH, second, "经核实该事项审批权限在" + second + "，转其办理。", null));
                signFor(id, second);
                answer(id, second);
                send(new RateCaseCommand(id, Actor.PUBLIC, Channel.PORTAL, Rating.DISSATISFIED, "转来转去，没有解决", null));
            }
            default -> {
                assign(id, first);
                signFor(id, first);
                answer(id, first);
                send(new RateCaseCommand(id, Actor.PUBLIC, Channel.PORTAL, Rating.VERY_DISSATISFIED, "还是要再跑一次", null));
                send(new ReopenCaseCommand(id, INTAKE, Channel.WORKBENCH, "群众不满意：要求一次性告知全部材料。", null));
                answer(id, first);
            }
        }
        return id;
    }

    String file(int n, SplittableRandom random, String department) {
        var matter = MATTERS.get(n % MATTERS.size());
        var place = PLACES.get(random.nextInt(PLACES.size()));
        var id = UUID.randomUUID().toString();
        boolean byPublic = random.nextBoolean();
        commands.sendAndWait(new FileCaseCommand(
                id,
                byPublic ? Actor.PUBLIC : INTAKE,
                byPublic ? Channel.PORTAL : Channel.HOTLINE,
                ReceiptCode.generate(),
                KINDS[n % KINDS.length],
                CATEGORIES[n % CATEGORIES.length],
                place + "：" + matter[0],
                place + "群众反映：" + matter[1] + "（第" + n + "件）",
                null,
                department,
                new Complainant("群众" + n, "138" + String.format("%08d", n), null, n % 3 == 0)));
        return id;
    }

    void assign(String id, String department) {
        send(new AssignCaseCommand(id, INTAKE, Channel.WORKBENCH, department, "请按时办理并答复。", null, null));
    }

    void accept(String id) {
        send(new AcceptCaseCommand(id, INTAKE, Channel.WORKBENCH, null, null));
    }

    static String other(SplittableRandom random, String... departments) {
        while (true) {
            var candidate = DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size()));
            if (!List.of(departments).contains(candidate)) {
                return candidate;
            }
        }
    }

    private void signFor(String id, String department) {
        send(new SignForCaseCommand(id, handler(department), Channel.WORKBENCH, null));
    }

    private void answer(String id, String department) {
        send(new AnswerCaseCommand(
                id, handler(department), Channel.WORKBENCH, "已核实情况并办理完毕，所需材料已一次性告知，可通过微信公众号在线提交，无需再跑。", null));
    }

    private void send(Object command) {
        CommandOutcome outcome = commands.sendAndWait(command);
        if (outcome instanceof CommandOutcome.Refused refused) {
            throw new IllegalStateException("benchmark command refused: " + command + " -> " + refused);
        }
    }

    private static Actor handler(String department) {
        return new Actor("handler." + department, Role.HANDLER, department);
    }
}
