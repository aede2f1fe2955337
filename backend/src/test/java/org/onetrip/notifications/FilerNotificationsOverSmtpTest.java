package org.onetrip.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.BackendTestApp;
import org.onetrip.cases.api.AcceptCaseCommand;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.Complainant;
import org.onetrip.cases.api.FileCaseCommand;
import org.onetrip.cases.api.FilerNotifiedEvent;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.NotificationChannel;
import org.onetrip.shared.api.Role;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The notification outbox against a real SMTP server (GreenMail, in this JVM): the backend with real
 * Axon on H2 sends the filer an e-mail when the case is accepted, records on the case's timeline that
 * the e-mail and the SMS (logging gateway) went out, and, while the mail server is down, keeps the
 * message and delivers it once the server is back.
 */
class FilerNotificationsOverSmtpTest {

    static final Actor INTAKE = new Actor("zhang.min", Role.INTAKE, "bianmin");

    @TempDir
    static Path dataDir;

    static GreenMail smtp;
    static int port;
    static ConfigurableApplicationContext app;
    static CommandGateway commands;
    static EventStore events;

    @BeforeAll
    static void start() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        port = smtp.getSmtp().getPort();
        app = BackendTestApp.start(
                dataDir,
                "onetrip.notifications.enabled=true",
                "spring.mail.host=127.0.0.1",
                "spring.mail.port=" + port,
                "onetrip.notifications.public-base-url=https://onetrip.example.cn/");
        commands = app.getBean(CommandGateway.class);
        events = app.getBean(EventStore.class);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    private static String fileWithContact(String email, String title) {
        var caseId = UUID.randomUUID().toString();
        var code = ReceiptCode.generate();
        commands.sendAndWait(new FileCaseCommand(
                caseId,
                INTAKE,
                Channel.HOTLINE,
                code,
                CaseKind.COMPLAINT,
                CaseCategory.MORE_THAN_ONE_TRIP,
                title,
                "来电反映：为办残疾人补贴跑了三次。",
                null,
                null,
                new Complainant("王秀兰", "13800001111", email, true)));
        return caseId + "|" + code.grouped();
    }

    private static List<FilerNotifiedEvent> notified(String caseId) {
        return events.readEvents(caseId)
                .asStream()
                .map(Message::getPayload)
                .filter(FilerNotifiedEvent.class::isInstance)
                .map(FilerNotifiedEvent.class::cast)
                .toList();
    }

    @Test
    void accepting_a_case_mails_the_filer_a_link_to_its_page_and_the_timeline_records_it_without_the_address()
            throws Exception {
        var filed = fileWithContact("wang.xiulan@example.cn", "残疾人补贴跑了三次").split("\\|");
        var caseId = filed[0];
        var before = smtp.getReceivedMessages().length;

        commands.sendAndWait(new AcceptCaseCommand(caseId, INTAKE, Channel.WORKBENCH, null, null));

        await().atMost(Duration.ofSeconds(30)).until(() -> notified(caseId).size() == 2);
        var mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(before + 1);
        var mail = mails[mails.length - 1];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("wang.xiulan@example.cn");
        assertThat(mail.getSubject()).isEqualTo("您的投诉已受理");
        assertThat((String) mail.getContent())
                .contains("“残疾人补贴跑了三次”已由乡便民服务中心受理")
                .contains("https://onetrip.example.cn/track/" + filed[1]);
        assertThat(notified(caseId))
                .extracting(FilerNotifiedEvent::channel)
                .containsExactlyInAnyOrder(NotificationChannel.EMAIL, NotificationChannel.SMS);
        assertThat(notified(caseId)).allSatisfy(event -> {
            assertThat(event.topic()).isEqualTo("CASE_ACCEPTED");
            assertThat(event.context().actor()).isEqualTo(Actor.SYSTEM);
            assertThat(event.toString()).doesNotContain("wang.xiulan").doesNotContain("13800001111");
        });
    }

    @Test
    void while_the_mail_server_is_down_the_message_waits_and_goes_out_once_it_is_back() throws Exception {
        var caseId = fileWithContact("liu@example.cn", "灵活就业参保").split("\\|")[0];
        smtp.stop();
        try {
            commands.sendAndWait(new AcceptCaseCommand(caseId, INTAKE, Channel.WORKBENCH, null, null));
            Thread.sleep(1500);
            assertThat(notified(caseId)).isEmpty();
        } finally {
            smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }

        await().atMost(Duration.ofSeconds(90)).until(() -> notified(caseId).size() == 2);
        assertThat(smtp.getReceivedMessages())
                .anySatisfy(mail ->
                        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("liu@example.cn"));
    }
}
