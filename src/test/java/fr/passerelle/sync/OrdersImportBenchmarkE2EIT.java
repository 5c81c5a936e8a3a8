package fr.passerelle.sync;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passerelle.StudioIntegrationTest;
import fr.passerelle.engine.RunSummary;
import fr.passerelle.sandbox.RequestLog;
import fr.passerelle.sandbox.shop.woocommerce.WooCommerceSandbox;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The orders benchmark of docs/performance.md: WooCommerce orders imported into the ERP sandbox
 * (customers, orders, payments) with every ERP answer delayed 150 ms, as a real tenant's are. The
 * ERP's share is its request count times the delay (a lower bound: the sandbox's own work is not
 * counted in it); the rest is the engine, the store (PostgreSQL), the shop sandbox and the JVM.
 * Run: {@code ./mvnw -B -o verify -Dtest=none -Dit.test=OrdersImportBenchmarkE2EIT
 * -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false}.
 */
@StudioIntegrationTest
class OrdersImportBenchmarkE2EIT extends OwnShopE2E {

    static final int ORDERS = 30;
    static final long DELAY_MILLIS = 150;

    @Test
    @DisplayName("Benchmark: orders per minute into the ERP sandbox with ERP answers delayed 150 ms, and where the time goes")
    void ordersPerMinuteWithA150MillisecondErp() {
        ImportOrders.prepareErp(erp());
        long profile = ownShop(E2EShop.WOOCOMMERCE, "bench", Map.of("orderPrefix", "BENCH-", "customerPrefix", "BEN",
                "payments.instalments", "1"), Map.of("customers-import", "", "orders", "", "payments", ""));
        WooCommerceSandbox woo = (WooCommerceSandbox) app(shopId(E2EShop.WOOCOMMERCE, "bench"));
        List<ImportOrders.Order> orders = ImportOrders.fifty().subList(0, ORDERS);
        orders.forEach(o -> woo.insertOrder(OrdersImportE2EIT.woo(o)));
        RequestLog erpLog = host.log("erp");
        erpLog.clear();
        host.faults("erp").delay(DELAY_MILLIS);
        long start = System.nanoTime();
        RunSummary imported;
        RunSummary paid;
        try {
            imported = run(profile, "orders", E2EShop.WOOCOMMERCE);
            paid = run(profile, "payments", E2EShop.WOOCOMMERCE);
        } finally {
            host.faults("erp").delay(0);
        }
        Duration total = Duration.ofNanos(System.nanoTime() - start);
        int erpRequests = erpLog.entries().size();
        Duration erp = Duration.ofMillis(erpRequests * DELAY_MILLIS);
        double perMinute = ORDERS * 60_000.0 / total.toMillis();
        double rest = 100.0 * (total.toMillis() - erp.toMillis()) / total.toMillis();
        System.out.printf("BENCH orders=%d total=%d ms erpRequests=%d (%.1f per order) erpWait>=%d ms "
                + "ordersPerMinute=%.1f engineStoreShopShare=%.1f%%%n", ORDERS, total.toMillis(), erpRequests,
                erpRequests / (double) ORDERS, erp.toMillis(), perMinute, rest);
        assertThat(imported.created()).as(imported.describe()).isEqualTo(ORDERS);
        assertThat(paid.created()).as(paid.describe()).isEqualTo(ORDERS);
    }
}
