package org.onetrip.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.onetrip.disclosure.api.CorrectNoticeCommand;
import org.onetrip.disclosure.api.CreateServiceItemDraftCommand;
import org.onetrip.disclosure.api.DisclosureOutcome;
import org.onetrip.disclosure.api.NoticeKind;
import org.onetrip.disclosure.api.PublishNoticeCommand;
import org.onetrip.disclosure.api.PublishServiceItemBatchCommand;
import org.onetrip.disclosure.api.ReviseServiceItemCommand;
import org.onetrip.disclosure.api.ServiceItemContent;
import org.onetrip.disclosure.api.WithdrawServiceItemCommand;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.persistence.TimeOrderedIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A starter catalogue for the township from {@code demo/disclosures.json}: drafts across the hall
 * zones, published as 第一批 and 第二批, a few revisions and a withdrawal, a notice with a correction
 * and a policy interpretation. Sent through the same commands as real work, once, before the case demo
 * data ({@link DemoDataSetup}).
 */
@Component
@ConditionalOnProperty(name = "onetrip.demo-data", havingValue = "true")
public class DisclosureDemoData {

    private static final Logger log = LoggerFactory.getLogger(DisclosureDemoData.class);
    static final String RESOURCE = "/demo/disclosures.json";

    private final CommandGateway commands;
    private final ObjectMapper json;

    public DisclosureDemoData(CommandGateway commands, ObjectMapper json) {
        this.commands = commands;
        this.json = json;
    }

    public void load() {
        var data = read();
        var editor = json.convertValue(data.get("editor"), Actor.class);
        var contents = new HashMap<String, ServiceItemContent>();
        var byBatch = new LinkedHashMap<String, java.util.List<String>>();
        var acknowledgements = new HashMap<String, String>();
        for (var item : data.get("items")) {
            var code = item.get("code").asText();
            var content = json.convertValue(item.get("content"), ServiceItemContent.class);
            contents.put(code, content);
            commands.sendAndWait(new CreateServiceItemDraftCommand(code, editor, Channel.WORKBENCH, content));
            if (item.hasNonNull("batch")) {
                byBatch.computeIfAbsent(item.get("batch").asText(), name -> new ArrayList<>())
                        .add(code);
            }
            if (item.hasNonNull("vagueWordingAcknowledgement")) {
                acknowledgements.put(
                        code, item.get("vagueWordingAcknowledgement").asText());
            }
        }
        for (var batch : data.get("batches")) {
            var name = batch.get("name").asText();
            var codes = byBatch.get(name);
            var acknowledged = new HashMap<String, String>();
            codes.stream()
                    .filter(acknowledgements::containsKey)
                    .forEach(c -> acknowledged.put(c, acknowledgements.get(c)));
            send(new PublishServiceItemBatchCommand(
                    TimeOrderedIds.next(),
                    editor,
                    Channel.WORKBENCH,
                    name,
                    batch.get("note").asText(),
                    codes,
                    acknowledged));
        }
        for (var revision : data.get("revisions")) {
            var code = revision.get("code").asText();
            ObjectNode revised = json.valueToTree(contents.get(code));
            revised.setAll((ObjectNode) revision.get("patch"));
            var content = json.convertValue(revised, ServiceItemContent.class);
            contents.put(code, content);
            send(new ReviseServiceItemCommand(
                    code,
                    editor,
                    Channel.WORKBENCH,
                    content,
                    revision.get("changeNote").asText(),
                    acknowledgements.get(code),
                    null));
        }
        for (var withdrawal : data.get("withdrawals")) {
            send(new WithdrawServiceItemCommand(
                    withdrawal.get("code").asText(),
                    editor,
                    Channel.WORKBENCH,
                    withdrawal.get("reason").asText(),
                    null));
        }
        var noticeIds = new HashMap<String, String>();
        for (var notice : data.get("notices")) {
            var id = TimeOrderedIds.next();
            noticeIds.put(notice.get("key").asText(), id);
            var related = new ArrayList<String>();
            notice.get("relatedItemCodes").forEach(code -> related.add(code.asText()));
            commands.sendAndWait(new PublishNoticeCommand(
                    id,
                    editor,
                    Channel.WORKBENCH,
                    NoticeKind.valueOf(notice.get("kind").asText()),
                    notice.get("title").asText(),
                    notice.get("body").asText(),
                    notice.get("departmentCode").asText(),
                    related));
        }
        for (var correction : data.get("corrections")) {
            send(new CorrectNoticeCommand(
                    noticeIds.get(correction.get("notice").asText()),
                    editor,
                    Channel.WORKBENCH,
                    correction.hasNonNull("title") ? correction.get("title").asText() : null,
                    correction.get("body").asText(),
                    correction.get("reason").asText(),
                    null));
        }
        log.info("Disclosure demo data written: {} service items, batches {}", contents.size(), byBatch.keySet());
    }

    private JsonNode read() {
        try (InputStream in = DisclosureDemoData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " cannot be read", e);
        }
    }

    private void send(Object command) {
        Object outcome = commands.sendAndWait(command);
        if (outcome instanceof DisclosureOutcome.Refused refused) {
            throw new IllegalStateException("disclosure demo data refused: " + refused);
        }
    }
}
