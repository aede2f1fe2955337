package org.onetrip.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.it.Staff.INTAKE;
import static org.onetrip.it.Staff.NOBODY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntegrityOverHttpTest {

    static final Map<String, String> AUDITOR = Staff.AUDITOR;
    static final Map<String, String> ADMIN = Staff.ADMIN;
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void filing_answers_with_a_signed_receipt_that_verifies_until_the_stored_filing_is_changed() throws Exception {
        try (var portal = RunningPortal.start(
                dataDir, "onetrip.integrity.checkpoint.cron=-", "onetrip.integrity.checkpoint.settle=PT0S")) {
            var filed = portal.post(
                    "/api/public/cases",
                    Map.of(
                            "kind",
                            "COMPLAINT",
                            "title",
                            "办证要跑三趟",
                            "description",
                            "材料清单前后不一致。",
                            "anonymous",
                            false,
                            "contact",
                            Map.of("name", "王五", "phone", "13900001111")),
                    NOBODY);
            assertThat(filed.status()).isEqualTo(201);
            var body = filed.json();
            assertThat(body.get("receiptCode").asText()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{5}");
            assertThat(body.get("caseId").isNull()).isTrue();
            assertThat(body.get("status").asText()).isEqualTo("FILED");
            var receipt = (ObjectNode) body.get("receipt");
            assertThat(receipt.get("receiptCode").asText())
                    .isEqualTo(body.get("receiptCode").asText());
            assertThat(receipt.get("chainHead").asText()).hasSize(64);
            assertThat(filed.body()).doesNotContain("13900001111");

            var key = portal.get("/api/public/integrity/public-key", NOBODY).json();
            assertThat(key.get("algorithm").asText()).isEqualTo("Ed25519");
            assertThat(key.get("keyId").asText()).isEqualTo(receipt.get("keyId").asText());

            var genuine = verify(portal, receipt, "办证要跑三趟", "材料清单前后不一致。");
            assertThat(genuine.get("genuine").asBoolean())
                    .as(genuine.toString())
                    .isTrue();
            assertThat(genuine.get("storedFilingMatches").asBoolean()).isTrue();
            assertThat(genuine.get("textMatches").asBoolean()).isTrue();

            var otherText = verify(portal, receipt, "办证要跑一趟", "材料清单前后不一致。");
            assertThat(otherText.get("genuine").asBoolean()).isTrue();
            assertThat(otherText.get("textMatches").asBoolean()).isFalse();

            var altered = receipt.deepCopy().put("filedAt", "2020-01-01T00:00:00.000Z");
            assertThat(verify(portal, altered, null, null).get("genuine").asBoolean())
                    .isFalse();

            var forged = receipt.deepCopy();
            var forger = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            var signer = Signature.getInstance("Ed25519");
            signer.initSign(forger.getPrivate());
            signer.update("anything".getBytes(StandardCharsets.UTF_8));
            forged.put("signature", Base64.getEncoder().encodeToString(signer.sign()));
            var forgedAnswer = verify(portal, forged, null, null);
            assertThat(forgedAnswer.get("genuine").asBoolean()).isFalse();
            assertThat(verify(portal, receipt.deepCopy().put("signature", "not base64!"), null, null)
                            .get("genuine")
                            .asBoolean())
                    .isFalse();

            var code = body.get("receiptCode").asText();
            var caseId = portal.get("/api/staff/cases/by-receipt-code/" + code, INTAKE)
                    .json()
                    .get("caseId")
                    .asText();
            try (var connection = portal.bean(DataSource.class).getConnection();
                    var update = connection.prepareStatement(
                            "update domain_event_entry set payload = replace(payload, "
                                    + "cast(? as varbinary), cast(? as varbinary)) where aggregate_identifier = ? and sequence_number = 0")) {
                update.setBytes(1, "跑三趟".getBytes(StandardCharsets.UTF_8));
                update.setBytes(2, "跑一趟".getBytes(StandardCharsets.UTF_8));
                update.setString(3, caseId);
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
            var afterTampering = verify(portal, receipt, "办证要跑三趟", "材料清单前后不一致。");
            assertThat(afterTampering.get("genuine").asBoolean()).isTrue();
            assertThat(afterTampering.get("storedFilingMatches").asBoolean()).isFalse();
            assertThat(afterTampering.get("textMatches").asBoolean()).isTrue();

            var forbidden = portal.get("/api/audit/integrity/cases/" + caseId, INTAKE);
            assertThat(forbidden.status()).isEqualTo(403);
            assertThat(portal.get("/api/audit/integrity", NOBODY).status()).isEqualTo(401);
            var oneCase = portal.get("/api/audit/integrity/cases/" + caseId, AUDITOR);
            assertThat(oneCase.status()).isEqualTo(200);
            assertThat(oneCase.json().get("status").asText()).isEqualTo("BROKEN");
            assertThat(oneCase.json().get("brokenAtSequence").asLong()).isZero();
            assertThat(oneCase.json().get("findings").get(0).get("field").asText())
                    .isEqualTo("hash");
            assertThat(portal.get("/api/audit/integrity/cases/no-such-case", AUDITOR)
                            .status())
                    .isEqualTo(404);

            var cut = portal.post("/api/admin/integrity/checkpoints", Map.of(), ADMIN);
            assertThat(cut.status()).as(cut.body()).isEqualTo(200);
            assertThat(portal.post("/api/admin/integrity/checkpoints", Map.of(), AUDITOR)
                            .status())
                    .isEqualTo(403);
            var published =
                    portal.get("/api/public/integrity/checkpoints", NOBODY).json();
            assertThat(published).hasSize(1);
            assertThat(published.get(0).get("merkleRoot").asText())
                    .isEqualTo(cut.json().get("merkleRoot").asText());

            var whole = portal.get("/api/audit/integrity", AUDITOR).json();
            assertThat(whole.get("intact").asBoolean()).isFalse();
            assertThat(whole.get("damaged")).hasSize(1);
            assertThat(whole.get("checkpoints").get(0).get("matches").asBoolean())
                    .isTrue();

            receiptKeysRotateAndTheReceiptsOfTheRetiredKeyStillVerify(portal, receipt);
        }
    }

    private static void receiptKeysRotateAndTheReceiptsOfTheRetiredKeyStillVerify(
            RunningPortal portal, ObjectNode receipt) throws Exception {
        var firstKeyId = receipt.get("keyId").asText();
        var before = portal.get("/api/public/receipt-keys", NOBODY);
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.json()).hasSize(1);
        assertThat(before.json().get(0).get("keyId").asText()).isEqualTo(firstKeyId);
        assertThat(before.json().get(0).get("generation").asInt()).isEqualTo(1);
        assertThat(before.json().get(0).get("validFrom").isNull()).isFalse();
        assertThat(before.json().get(0).get("retiredAt").isNull()).isTrue();

        assertThat(portal.post("/api/admin/integrity/receipt-keys/rotations", Map.of(), NOBODY)
                        .status())
                .isEqualTo(401);
        assertThat(portal.post("/api/admin/integrity/receipt-keys/rotations", Map.of(), AUDITOR)
                        .status())
                .isEqualTo(403);
        var rotated = portal.post("/api/admin/integrity/receipt-keys/rotations", Map.of(), ADMIN);
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
        assertThat(rotated.json().get("retiredKeyId").asText()).isEqualTo(firstKeyId);
        var newKeyId = rotated.json().get("newKeyId").asText();
        assertThat(newKeyId).isNotEqualTo(firstKeyId);

        var after = portal.get("/api/public/receipt-keys", NOBODY).json();
        assertThat(after).hasSize(2);
        assertThat(after.get(0).get("keyId").asText()).isEqualTo(newKeyId);
        assertThat(after.get(0).get("retiredAt").isNull()).isTrue();
        assertThat(after.get(1).get("keyId").asText()).isEqualTo(firstKeyId);
        assertThat(after.get(1).get("retiredAt").isNull()).isFalse();
        assertThat(after.toString()).doesNotContainIgnoringCase("private");
        assertThat(portal.get("/api/public/integrity/public-key", NOBODY)
                        .json()
                        .get("keyId")
                        .asText())
                .isEqualTo(newKeyId);

        var old = verify(portal, receipt, null, null);
        assertThat(old.get("genuine").asBoolean()).as(old.toString()).isTrue();
        assertThat(old.get("signingKey").get("keyId").asText()).isEqualTo(firstKeyId);
        assertThat(old.get("signingKey").get("retiredAt").isNull()).isFalse();

        var filedNow = portal.post(
                "/api/public/cases",
                Map.of("kind", "ENQUIRY", "title", "换钥之后", "description", "新回执用新密钥签名。", "anonymous", true),
                NOBODY);
        assertThat(filedNow.status()).as(filedNow.body()).isEqualTo(201);
        var newReceipt = filedNow.json().get("receipt");
        assertThat(newReceipt.get("keyId").asText()).isEqualTo(newKeyId);
        var fresh = verify(portal, newReceipt, "换钥之后", "新回执用新密钥签名。");
        assertThat(fresh.get("genuine").asBoolean()).as(fresh.toString()).isTrue();
        assertThat(fresh.get("storedFilingMatches").asBoolean()).isTrue();

        try (var connection = portal.bean(DataSource.class).getConnection();
                var query = connection.prepareStatement(
                        "select payload from domain_event_entry where payload_type like ?")) {
            query.setString(1, "%ReceiptSigningKeyRotatedEvent");
            try (var rows = query.executeQuery()) {
                assertThat(rows.next())
                        .as("the rotation is recorded as an event")
                        .isTrue();
                var payload = new String(rows.getBytes(1), StandardCharsets.UTF_8);
                assertThat(payload).contains(firstKeyId, newKeyId);
                assertThat(payload).doesNotContain(after.get(0).get("publicKey").asText());
                assertThat(rows.next()).isFalse();
            }
        }
    }

    private static JsonNode verify(RunningPortal portal, JsonNode receipt, String title, String description) {
        var request = JSON.createObjectNode();
        request.set("receipt", receipt);
        request.put("title", title);
        request.put("description", description);
        var reply = portal.post("/api/public/integrity/receipts/verify", request.toString(), NOBODY);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }
}
