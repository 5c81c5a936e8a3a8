package fr.passerelle.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.connector.CanonicalRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine's promises (issue 6), with an ERP and a shop in memory. */
class FlowRunnerTest {

    private static final FlowSpec PRODUCTS = new FlowSpec("products", "erp.item", "shop.product", null, "sku", 10);

    private final FakeSource erp = new FakeSource().withItems(35);
    private final FakeShop shop = new FakeShop();
    private final InMemoryPorts ports = new InMemoryPorts();

    /** A plan in Java: sku, name, price with 20% VAT, draft when inactive (ART-1, ART-5, PRC-2). */
    private static final RecordMapper PLAN = record -> {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("sku", record.get("ItemCode"));
        payload.put("name", record.get("Caption"));
        payload.put("regular_price", ((BigDecimal) record.get("Price")).multiply(new BigDecimal("1.2"))
                .setScale(2, RoundingMode.HALF_UP).toPlainString());
        payload.put("status", Boolean.TRUE.equals(record.get("Active")) ? "publish" : "draft");
        return new MappingStep.Mapped(record.key(), payload);
    };

    private RunSummary run(RunOptions options) {
        return ports.runner().run(PRODUCTS, PLAN, erp, shop, limits(10), options);
    }

    private RunSummary run() {
        return run(RunOptions.normal());
    }

    @Test
    void theFirstRunCreatesEveryRecordInBatches() {
        RunSummary summary = run();

        assertThat(summary.created()).isEqualTo(35);
        assertThat(shop.products).hasSize(35);
        assertThat(shop.writeCalls).isEqualTo(4); // pages of 10: 10 + 10 + 10 + 5
        assertThat(summary.status()).isEqualTo(RunSummary.Status.SUCCEEDED);
    }

    @Test
    void aSecondRunWithNoChangeMakesZeroWrites() {
        run();
        shop.writes.clear();
        ports.watermarks.clear(); // even re-reading everything, unchanged payloads are not sent

        RunSummary second = run();

        assertThat(shop.writes).isEmpty();
        assertThat(second.unchanged()).isEqualTo(35);
    }

    @Test
    void changingFiveItemsWritesExactlyThoseFive() {
        run();
        shop.writes.clear();
        for (String code : List.of("ART0003", "ART0011", "ART0012", "ART0020", "ART0034")) {
            erp.put(code, "Nouveau nom " + code, new BigDecimal("99.90"), true);
        }

        RunSummary next = run();

        assertThat(shop.writes).extracting(w -> w.key())
                .containsExactlyInAnyOrder("ART0003", "ART0011", "ART0012", "ART0020", "ART0034");
        assertThat(next.updated()).isEqualTo(5);
        assertThat(shop.products).hasSize(35);
    }

    @Test
    void aDormantItemIsDeactivatedNotDeleted() {
        run();
        erp.put("ART0007", "Article 7", new BigDecimal("17.00"), false);

        run();

        String id = ports.links.get("shop.product/ART0007").targetId();
        assertThat(shop.products.get(id)).containsEntry("status", "draft");
        assertThat(shop.products).hasSize(35);
    }

    @Test
    void aRecordTheShopRejectsFailsAloneWithTheShopsReason() {
        shop.rejectWhen(w -> w.key().equals("ART0013"));

        RunSummary summary = run();

        assertThat(summary.failed()).isEqualTo(1);
        assertThat(summary.created()).isEqualTo(34);
        assertThat(summary.status()).isEqualTo(RunSummary.Status.PARTIAL);
        assertThat(ports.outcomeOf("ART0013")).get().satisfies(o -> {
            assertThat(o.kind()).isEqualTo(RecordOutcome.Kind.FAILED);
            assertThat(o.reason()).contains("Invalid or duplicated SKU");
            assertThat(o.payload()).containsEntry("sku", "ART0013");
        });
    }

    @Test
    void aRecordWhoseMappingThrowsFailsAloneAndTheRunGoesOn() {
        RecordMapper fragile = record -> {
            if (record.key().equals("ART0002")) {
                throw new ArithmeticException("Division by zero");
            }
            return PLAN.map(record);
        };

        RunSummary summary = ports.runner().run(PRODUCTS, fragile, erp, shop, limits(10), RunOptions.normal());

        assertThat(summary.failed()).isEqualTo(1);
        assertThat(summary.created()).isEqualTo(34);
        assertThat(ports.outcomeOf("ART0002")).get().extracting(RecordOutcome::reason).asString()
                .contains("Division by zero");
    }

    @Test
    void aProductAlreadyInTheShopWithTheSameSkuIsAdoptedNotDuplicated() {
        String existing = shop.seed(Map.of("sku", "ART0005", "name", "Créé à la main"));

        run();

        assertThat(shop.countWithSku("ART0005")).isEqualTo(1);
        assertThat(ports.links.get("shop.product/ART0005").targetId()).isEqualTo(existing);
        assertThat(shop.products.get(existing)).containsEntry("name", "Article 5");
    }

    /** The "report" match rule: a same-SKU shop record is left alone and named, never adopted nor duplicated. */
    @Test
    void withTheReportRuleASameSkuProductIsSkippedWithItsIdAndNothingIsWrittenToIt() {
        String existing = shop.seed(Map.of("sku", "ART0005", "name", "Créé à la main"));
        FlowSpec reporting = new FlowSpec("products", "erp.item", "shop.product", null, "sku", 10, null, MatchRule.REPORT);

        RunSummary summary = ports.runner().run(reporting, PLAN, erp, shop, limits(10), RunOptions.normal());

        assertThat(summary.skipped()).isEqualTo(1);
        assertThat(summary.created()).isEqualTo(34);
        assertThat(ports.outcomeOf("ART0005")).get().extracting(RecordOutcome::reason).asString()
                .contains("sku 'ART0005'", "id " + existing);
        assertThat(shop.countWithSku("ART0005")).isEqualTo(1);
        assertThat(shop.products.get(existing)).containsEntry("name", "Créé à la main");
        assertThat(ports.links).doesNotContainKey("shop.product/ART0005");
    }

    @Test
    void newRecordsAreLookedUpForAdoptionOncePerPageNotOncePerRecord() {
        String existing = shop.seed(Map.of("sku", "ART0015", "name", "Créé à la main"));

        run();

        assertThat(shop.lookupCalls).isEqualTo(4); // pages of 10: 10 + 10 + 10 + 5
        assertThat(ports.links.get("shop.product/ART0015").targetId()).isEqualTo(existing);
        assertThat(shop.countWithSku("ART0015")).isEqualTo(1);

        shop.lookupCalls = 0;
        ports.watermarks.clear();
        run();

        assertThat(shop.lookupCalls).isZero(); // every record has its id link now
    }

    @Test
    void aPayloadBeyondTheShopsLimitsIsSkippedWholeWithItsReason() {
        TargetLimits noLongNames = new TargetLimits() {
            @Override
            public List<String> violations(String entity, Map<String, ?> payload) {
                return payload.get("sku").equals("ART0009") ? List.of("2100 variants: Shopify allows 2048") : List.of();
            }

            @Override
            public int batchSize(String entity) {
                return 10;
            }
        };

        RunSummary summary = ports.runner().run(PRODUCTS, PLAN, erp, shop, noLongNames, RunOptions.normal());

        assertThat(summary.skipped()).isEqualTo(1);
        assertThat(shop.writes).extracting(w -> w.key()).doesNotContain("ART0009");
        assertThat(ports.outcomeOf("ART0009")).get().extracting(RecordOutcome::reason).asString()
                .contains("Shopify allows 2048");
    }

    @Test
    void aDryRunNamesExactlyTheChangedFieldsAndWritesNothing() {
        run();
        shop.writes.clear();
        erp.put("ART0001", "Article 1", new BigDecimal("50.00"), true); // price only
        erp.put("ART0002", "Article 2", new BigDecimal("12.00"), false); // same price, deactivated

        RunSummary dry = run(RunOptions.dryRunOnly());

        assertThat(shop.writes).isEmpty();
        assertThat(ports.outcomeOf("ART0001")).get().extracting(RecordOutcome::changedFields)
                .isEqualTo(List.of("regular_price"));
        assertThat(ports.outcomeOf("ART0002")).get().extracting(RecordOutcome::changedFields)
                .isEqualTo(List.of("status"));
        assertThat(dry.fieldChanges()).containsEntry("regular_price", 1).containsEntry("status", 1);
        assertThat(dry.describe()).contains("1 regular_price change").contains("1 status change");
        // a dry run moves no watermark: the real run after it still sees both changes
        assertThat(run().updated()).isEqualTo(2);
    }

    @Test
    void aShopOutageMidRunStopsTheRunAndTheNextRunCompletesWithNoDuplicateAndNoLoss() {
        shop.goDownAfter(2); // pages 1 and 2 written, page 3 hits the outage

        RunSummary interrupted = run();

        assertThat(interrupted.status()).isEqualTo(RunSummary.Status.FAILED);
        assertThat(shop.products).hasSize(20);
        shop.comeBack();

        RunSummary resumed = run();

        assertThat(resumed.status()).isEqualTo(RunSummary.Status.SUCCEEDED);
        assertThat(shop.products).hasSize(35);
        for (int i = 1; i <= 35; i++) {
            assertThat(shop.countWithSku(String.format("ART%04d", i))).as("ART%04d", i).isEqualTo(1);
        }
    }

    /** A killed or crashed run resumes at its last finished page, which it reads again: no full re-read. */
    @Test
    void aStoppedRunIsResumedAtItsLastFinishedPageNotFromTheStart() {
        shop.goDownAfter(2); // pages 1 and 2 written, page 3 hits the outage
        run();
        assertThat(ports.checkpoints.get("products")).satisfies(c -> {
            assertThat(c.cursor()).as("the start of page 2, the last finished one").isEqualTo("10");
            assertThat(c.since()).isNull();
        });
        shop.comeBack();
        erp.pagesRead = 0;

        RunSummary resumed = run();

        assertThat(erp.pagesRead).as("pages 2 (again), 3 and 4").isEqualTo(3);
        assertThat(resumed.unchanged()).isEqualTo(10);
        assertThat(resumed.created()).isEqualTo(15);
        assertThat(shop.products).hasSize(35);
        for (int i = 1; i <= 35; i++) {
            assertThat(shop.countWithSku(String.format("ART%04d", i))).as("ART%04d", i).isEqualTo(1);
        }
        assertThat(ports.checkpoints).as("a complete read leaves nothing to resume").isEmpty();
        assertThat(ports.watermarks).containsKey("products");
    }

    /**
     * The ERP pages by position: items deleted before the checkpoint move the next ones up. Reading
     * the last finished page again absorbs up to a page of such moves: nothing is skipped.
     */
    @Test
    void itemsDeletedBeforeTheCheckpointMakeNoRecordOfTheLaterPagesBeSkipped() {
        erp.pagedByKey = true;
        shop.goDownAfter(2);
        run();
        shop.comeBack();
        for (int i = 1; i <= 5; i++) {
            erp.remove(String.format("ART%04d", i));
        }

        RunSummary resumed = run();

        assertThat(resumed.created()).as(resumed.describe()).isEqualTo(15);
        for (int i = 21; i <= 35; i++) {
            assertThat(shop.countWithSku(String.format("ART%04d", i))).as("ART%04d", i).isEqualTo(1);
        }
    }

    /** A checkpoint is resumed only by the same read: another filter or page size starts over. */
    @Test
    void aCheckpointOfAnotherReadIsNotResumed() {
        shop.goDownAfter(2);
        run();
        shop.comeBack();
        erp.pagesRead = 0;
        FlowSpec biggerPages = new FlowSpec("products", "erp.item", "shop.product", null, "sku", 20);

        RunSummary summary = ports.runner().run(biggerPages, PLAN, erp, shop, limits(20), RunOptions.normal());

        assertThat(erp.pagesRead).isEqualTo(2);
        assertThat(summary.unchanged() + summary.created()).isEqualTo(35);
        assertThat(ports.checkpoints).isEmpty();
    }

    /** A dry run or a targeted re-sync neither resumes an unfinished read nor drops its checkpoint. */
    @Test
    void sideReadsLeaveTheCheckpointAlone() {
        shop.goDownAfter(2);
        run();
        shop.comeBack();
        ReadCheckpoint left = ports.checkpoints.get("products");

        run(RunOptions.dryRunOnly());
        run(RunOptions.resync(java.util.Set.of("ART0030")));

        assertThat(ports.checkpoints.get("products")).isEqualTo(left);
    }

    @Test
    void aRunStoppedMidWayOnASourcePagedByKeyLosesNoRecordOfTheLaterPages() {
        erp.pagedByKey = true;
        erp.put("ART0001", "Changé en dernier", new BigDecimal("99.00"), true); // the latest change, on page 1
        shop.goDownAfter(1);

        RunSummary interrupted = run();

        assertThat(interrupted.status()).isEqualTo(RunSummary.Status.FAILED);
        assertThat(shop.products).hasSize(10);
        shop.comeBack();

        RunSummary resumed = run();

        // a watermark moved to page 1's latest change would have skipped ART0011 .. ART0035
        assertThat(resumed.created()).isEqualTo(25);
        assertThat(resumed.unchanged()).isEqualTo(10);
        for (int i = 1; i <= 35; i++) {
            assertThat(shop.countWithSku(String.format("ART%04d", i))).as("ART%04d", i).isEqualTo(1);
        }
    }

    @Test
    void aWriteLostBetweenTheShopAndOurLinksIsAdoptedOnTheNextRun() {
        run();
        // the shop has the product but our id link is gone (crash after the write, lost local state)
        ports.links.remove("shop.product/ART0020");
        ports.watermarks.clear();

        run();

        assertThat(shop.countWithSku("ART0020")).isEqualTo(1);
        assertThat(ports.links).containsKey("shop.product/ART0020");
    }

    @Test
    void incrementalRunsReadOnlyWhatChangedSinceTheWatermark() {
        run();
        erp.put("ART0030", "Modifié", new BigDecimal("1.00"), true);
        List<CanonicalRecord> seen = new ArrayList<>();
        RecordMapper spy = record -> {
            seen.add(record);
            return PLAN.map(record);
        };

        ports.runner().run(PRODUCTS, spy, erp, shop, limits(10), RunOptions.normal());

        // at or after the watermark: the last item of the previous run and the changed one
        assertThat(seen).extracting(CanonicalRecord::key).contains("ART0030").hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void aStockFlowUpdatesTheProductsThatTheProductsFlowCreatedAndNeverCreatesOne() {
        erp.put("ART0036", "Pas encore créé", new BigDecimal("5.00"), true);
        FlowSpec stock = new FlowSpec("stock", "erp.item", "shop.stock", null, null, 10, "shop.product");
        RecordMapper stockPlan = record -> new MappingStep.Mapped(record.key(),
                Map.of("stock_quantity", ((BigDecimal) record.get("Price")).intValue()));
        run();
        erp.put("ART0037", "Nouveau, sans produit", new BigDecimal("7.00"), true);
        int productsBefore = shop.products.size();

        RunSummary summary = ports.runner().run(stock, stockPlan, erp, shop, limits(10), RunOptions.normal());

        assertThat(shop.products).hasSize(productsBefore);
        assertThat(summary.updated()).isEqualTo(36);
        assertThat(ports.outcomeOf("ART0037")).get().extracting(RecordOutcome::reason).asString()
                .contains("not in the shop yet");
        String id = ports.links.get("shop.product/ART0036").targetId();
        assertThat(shop.products.get(id)).containsEntry("stock_quantity", 5);
    }

    /** Items keyed by their family, as the categories flow keys items by their category path. */
    private static RecordMapper byFamily(boolean withItemCode) {
        return record -> {
            int n = Integer.parseInt(record.key().substring(3));
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("name", "Famille " + n % 3);
            if (withItemCode) {
                payload.put("last_item", record.key());
            }
            return new MappingStep.Mapped("Famille " + n % 3, payload);
        };
    }

    @Test
    void recordsOfOnePageWithTheSameKeyAreWrittenOnceAndTheOthersCountAsUnchanged() {
        FlowSpec categories = new FlowSpec("categories", "erp.item", "shop.category", null, null, 10);
        shop.rejectWhen(w -> w.key().equals("Famille 2"));

        RunSummary summary = ports.runner().run(categories, byFamily(false), erp, shop, limits(10),
                RunOptions.normal());

        // page 1 sends each family once; the later pages find the same hash in the links
        assertThat(shop.writes).extracting(w -> w.key())
                .containsExactlyInAnyOrder("Famille 0", "Famille 1", "Famille 2", "Famille 2", "Famille 2", "Famille 2");
        assertThat(summary.created()).isEqualTo(2);
        // ART0002, 5, 8 ... 35: every one of the 12 failed, none pretends to be in the shop
        assertThat(summary.failed()).isEqualTo(12);
        assertThat(summary.unchanged()).isEqualTo(35 - 2 - 12);
        assertThat(ports.outcomes).filteredOn(o -> o.key().equals("Famille 2"))
                .allSatisfy(o -> assertThat(o.reason()).contains("Invalid or duplicated SKU"));
        assertThat(ports.outcomes).filteredOn(o -> o.key().equals("Famille 1")
                && o.kind() == RecordOutcome.Kind.UNCHANGED)
                .hasSize(11).allSatisfy(o -> assertThat(o.targetId()).isEqualTo(
                        ports.links.get("shop.category/Famille 1").targetId()));
    }

    @Test
    void whenRecordsOfOnePageWithTheSameKeyDifferTheLastIsSentAndTheOthersAreSkippedWithWhy() {
        FlowSpec categories = new FlowSpec("categories", "erp.item", "shop.category", null, null, 50);

        RunSummary summary = ports.runner().run(categories, byFamily(true), erp, shop, limits(10),
                RunOptions.normal());

        assertThat(shop.writeCalls).isEqualTo(1);
        assertThat(shop.products.values()).extracting(p -> p.get("last_item"))
                .containsExactlyInAnyOrder("ART0033", "ART0034", "ART0035");
        assertThat(summary.created()).isEqualTo(3);
        assertThat(summary.skipped()).isEqualTo(32);
        assertThat(ports.outcomes).filteredOn(o -> o.kind() == RecordOutcome.Kind.SKIPPED)
                .allSatisfy(o -> assertThat(o.reason()).contains("replaced by a later record"));
    }

    @Test
    void progressIsReportedPageByPage() {
        List<Long> done = new ArrayList<>();

        run(new RunOptions(false, (d, total) -> done.add(d)));

        assertThat(done).containsExactly(10L, 20L, 30L, 35L);
    }

    private static TargetLimits limits(int batch) {
        return new TargetLimits() {
            @Override
            public List<String> violations(String entity, Map<String, ?> payload) {
                return List.of();
            }

            @Override
            public int batchSize(String entity) {
                return batch;
            }
        };
    }
}
