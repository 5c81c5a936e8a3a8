package fr.passerelle.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the sandbox page shows of one shop sandbox, in the same shape whatever the shop's API. */
record SandboxSnapshot(String shopId, List<Product> products, List<Customer> customers, List<Order> orders) {

    record Product(String sku, String name, String status, @Nullable BigDecimal price, @Nullable Integer stock) {
    }

    record Customer(String email, String name, @Nullable LocalDate created) {
    }

    record Order(String number, @Nullable LocalDate date, String status, String customer, @Nullable BigDecimal total) {
    }
}
