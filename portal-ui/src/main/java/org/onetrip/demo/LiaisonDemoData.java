package org.onetrip.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.cases.api.AcceptCaseCommand;
import org.onetrip.cases.api.AssignCaseCommand;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CommandOutcome;
import org.onetrip.cases.api.Complainant;
import org.onetrip.cases.api.SignForCaseCommand;
import org.onetrip.enterprise.api.EnterpriseIssueType;
import org.onetrip.enterprise.api.EnterpriseOutcome;
import org.onetrip.enterprise.api.EnterpriseSector;
import org.onetrip.enterprise.api.LedgerIssue;
import org.onetrip.enterprise.application.EnterpriseLiaison;
import org.onetrip.enterprise.application.LedgerEntry;
import org.onetrip.grid.api.FoundIssue;
import org.onetrip.grid.api.GridCadreRole;
import org.onetrip.grid.api.GridOutcome;
import org.onetrip.grid.application.GridVisits;
import org.onetrip.grid.application.VisitReport;
import org.onetrip.organisation.query.StaffDirectory;
import org.onetrip.privacy.api.ContactDetails;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Grids, visits and enterprise liaison for a first look, through the same application services as real
 * work: three grids with their cadres and this month's visits (one grid complete, one short, a
 * buck-passing issue raised on a visit landing in the discipline office's queue), three enterprises with
 * their ledgers and requests (one assigned, two utility requests waiting to be assigned together).
 * Called by {@link DemoData} on an empty store, before it publishes this month's bulletin.
 */
@Component
public class LiaisonDemoData {

    private static final Logger log = LoggerFactory.getLogger(LiaisonDemoData.class);

    static final Actor PARTY_OFFICE = new Actor("zhao.lei", Role.HANDLER, "dangzhengban");
    static final Actor GRID_CADRE = new Actor("sun.hong", Role.HANDLER, "minzheng");
    static final Actor LIAISON = new Actor("qian.feng", Role.HANDLER, "xiangmu");

    private final GridVisits grids;
    private final EnterpriseLiaison enterprises;
    private final CommandGateway commands;
    private final EventStore events;
    private final StaffDirectory staff;
    private final Clock clock;
    private final Path accessCodeFile;

    public LiaisonDemoData(
            GridVisits grids,
            EnterpriseLiaison enterprises,
            CommandGateway commands,
            EventStore events,
            StaffDirectory staff,
            Clock clock,
            @Value("${onetrip.data-dir:./data}") Path dataDir) {
        this.grids = grids;
        this.enterprises = enterprises;
        this.commands = commands;
        this.events = events;
        this.staff = staff;
        this.clock = clock;
        this.accessCodeFile = dataDir.resolve("demo-enterprise-access-code.txt");
    }

    public void load() {
        if (events.lastSequenceNumberFor("sidian-1").isPresent()) {
            return;
        }
        if (staff.find(PARTY_OFFICE.personId()).isEmpty()) {
            log.info("No demo cadre accounts (onetrip.demo-accounts is off): grid and enterprise demo data left out");
            return;
        }
        var today = LocalDate.now(clock.withZone(WorkingDays.ZONE));
        gridsAndVisits(today);
        var code = enterprisesAndLedgers(today);
        writeOwnerOnly(accessCodeFile, "泗店面粉厂 " + code + System.lineSeparator());
        // An access code is a credential: logs are collected and shipped, so it goes to a file only its owner reads.
        log.info(
                "Demo grids, visits and enterprises written; 泗店面粉厂's access code for /enterprise is in {}",
                accessCodeFile.toAbsolutePath());
    }

    private static void writeOwnerOnly(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, "", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the data folder's permissions protect it
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private void gridsAndVisits(LocalDate today) {
        grid("sidian-1", "泗店村一网格", "v-sidian", "一组、二组、三组");
        grid("sidian-2", "泗店村二网格", "v-sidian", "四组、五组");
        grid("nanguan-1", "南关村网格", "v-nanguan", "南关村全村");
        post("sidian-1", GridCadreRole.LIAISON_LEADER, "zhao.lei");
        post("sidian-1", GridCadreRole.GRID_CADRE, "sun.hong");
        post("sidian-1", GridCadreRole.VILLAGE_CADRE, "handler.v-sidian");
        post("sidian-2", GridCadreRole.LIAISON_LEADER, "zhao.lei");
        post("sidian-2", GridCadreRole.GRID_CADRE, "handler.minzheng");
        post("sidian-2", GridCadreRole.VILLAGE_CADRE, "handler.v-sidian");
        post("nanguan-1", GridCadreRole.LIAISON_LEADER, "zhao.lei");
        post("nanguan-1", GridCadreRole.GRID_CADRE, "sun.hong");
        post("nanguan-1", GridCadreRole.VILLAGE_CADRE, "handler.v-nanguan");

        visit(
                GRID_CADRE,
                "sidian-1",
                day(today, 6),
                "泗店村一组",
                6,
                0,
                "五保户李大爷、低保户张大娘等",
                List.of(
                        new FoundIssue("低保年审材料咨询", null, false, "当场讲解了年审需带的材料", null, null, null),
                        new FoundIssue(
                                "村东主路路灯损坏",
                                "村东主路三盏路灯坏了一个多月，夜间老人出行不便，群众多次向村里反映未修。",
                                true,
                                null,
                                CaseCategory.OTHER,
                                null,
                                new Complainant("李大爷", "13800005555", null, false))));
        visit(PARTY_OFFICE, "sidian-1", day(today, 4), "泗店村二组、三组", 4, 1, "种粮大户王某、泗店面粉厂", List.of());
        visit(handler("v-sidian"), "sidian-1", day(today, 2), "泗店村三组", 8, 0, null, List.of());
        visit(
                handler("v-sidian"),
                "sidian-2",
                day(today, 3),
                "泗店村四组",
                5,
                0,
                null,
                List.of(new FoundIssue("新农合缴费时间咨询", null, false, "已告知缴费时间和线上缴费方式", null, null, null)));
        visit(
                GRID_CADRE,
                "nanguan-1",
                day(today, 5),
                "南关村村委会附近",
                3,
                0,
                "外出务工返乡人员",
                List.of(new FoundIssue(
                        "村委会开证明互相推诿",
                        "返乡人员反映到村委会开务工证明，村干部让找乡里，乡里又让回村里开，跑了三趟。",
                        true,
                        null,
                        CaseCategory.BUCK_PASSING,
                        "v-nanguan",
                        new Complainant("刘某", null, null, true))));
    }

    private String enterprisesAndLedgers(LocalDate today) {
        var flour = enterprise(
                "泗店面粉厂",
                EnterpriseSector.MANUFACTURING,
                "乡工业园",
                new ContactDetails("周厂长", "13900001111", null),
                "qian.feng");
        var brick = enterprise(
                "河口砖瓦厂",
                EnterpriseSector.CONSTRUCTION,
                null,
                new ContactDetails("吴经理", "13900002222", null),
                "qian.feng");
        enterprise("王楼果蔬合作社", EnterpriseSector.AGRICULTURE, null, null, "sun.hong");

        ledger(
                flour,
                day(today, 5),
                "项目办、乡供电所",
                "生产正常，计划扩建二号车间，年内新增用工二十人。",
                List.of(
                        new LedgerIssue(EnterpriseIssueType.UTILITIES, "三相电容量不足", "扩建后用电负荷增加一倍，现有变压器容量不够。", true, null),
                        new LedgerIssue(EnterpriseIssueType.FINANCING, "技改贴息政策咨询", null, false, "当场讲解了贴息申报条件和时间")));
        var brickRequests = ledger(
                brick,
                day(today, 3),
                "项目办、国土所",
                "订单充足，原料堆场不足。",
                List.of(
                        new LedgerIssue(EnterpriseIssueType.LAND, "原料堆场用地指标", "需新增约五亩临时堆场用地，请国土所指导办理手续。", true, null),
                        new LedgerIssue(EnterpriseIssueType.UTILITIES, "雨季供电不稳", "雨季频繁停电，影响窑炉连续生产。", true, null)));
        for (var request : brickRequests.requests()) {
            if (request.type() == EnterpriseIssueType.LAND) {
                send(new AcceptCaseCommand(request.caseId(), DemoData.INTAKE, Channel.WORKBENCH, null, null));
                send(new AssignCaseCommand(
                        request.caseId(),
                        DemoData.INTAKE,
                        Channel.WORKBENCH,
                        "guotu",
                        "请国土所上门指导企业办理临时用地手续。",
                        null,
                        null));
                send(new SignForCaseCommand(request.caseId(), handler("guotu"), Channel.WORKBENCH, null));
            }
        }
        return ((EnterpriseOutcome.CodeIssued) flour).accessCode();
    }

    private void grid(String id, String name, String village, String area) {
        expect(grids.define(PARTY_OFFICE, id, name, village, area));
    }

    private void post(String gridId, GridCadreRole role, String personId) {
        expect(grids.assignCadre(PARTY_OFFICE, gridId, role, personId, null));
    }

    private void visit(
            Actor cadre,
            String gridId,
            LocalDate on,
            String place,
            int households,
            int firms,
            String who,
            List<FoundIssue> issues) {
        expect(grids.logVisit(cadre, gridId, new VisitReport(on, place, households, firms, who, null, issues)));
    }

    private EnterpriseOutcome enterprise(
            String name, EnterpriseSector sector, String park, ContactDetails contact, String liaison) {
        var outcome = enterprises.register(PARTY_OFFICE, name, sector, park, contact, liaison);
        if (!(outcome instanceof EnterpriseOutcome.CodeIssued)) {
            throw new IllegalStateException("demo enterprise refused: " + outcome);
        }
        return outcome;
    }

    private EnterpriseOutcome.VisitLogged ledger(
            EnterpriseOutcome registered,
            LocalDate on,
            String participants,
            String situation,
            List<LedgerIssue> issues) {
        var id = ((EnterpriseOutcome.CodeIssued) registered).enterpriseId();
        var outcome = enterprises.logVisit(LIAISON, id, new LedgerEntry(on, participants, situation, issues));
        if (!(outcome instanceof EnterpriseOutcome.VisitLogged logged)) {
            throw new IllegalStateException("demo ledger entry refused: " + outcome);
        }
        return logged;
    }

    private void send(Object command) {
        CommandOutcome outcome = commands.sendAndWait(command);
        if (outcome instanceof CommandOutcome.Refused refused) {
            throw new IllegalStateException("demo data refused: " + refused);
        }
    }

    private static void expect(GridOutcome outcome) {
        if (outcome instanceof GridOutcome.Refused refused) {
            throw new IllegalStateException("demo grid data refused: " + refused);
        }
    }

    /** {@code daysAgo} days before today, but within this month, so this month's compliance has content. */
    private static LocalDate day(LocalDate today, int daysAgo) {
        var candidate = today.minusDays(daysAgo);
        var first = today.withDayOfMonth(1);
        return candidate.isBefore(first) ? first : candidate;
    }

    private static Actor handler(String department) {
        return new Actor("handler." + department, Role.HANDLER, department);
    }
}
