package fr.passerelle.engine;

import fr.passerelle.connector.ShopConnector;
import java.util.List;
import java.util.Map;

/** What the target accepts: checked before writing, so a record that cannot fit is skipped whole. */
public interface TargetLimits {

    TargetLimits NONE = new TargetLimits() {
        @Override
        public List<String> violations(String entity, Map<String, ?> payload) {
            return List.of();
        }

        @Override
        public int batchSize(String entity) {
            return 1;
        }
    };

    List<String> violations(String entity, Map<String, ?> payload);

    int batchSize(String entity);

    static TargetLimits of(ShopConnector shop) {
        return new TargetLimits() {
            @Override
            public List<String> violations(String entity, Map<String, ?> payload) {
                return shop.limitViolations(entity, payload);
            }

            @Override
            public int batchSize(String entity) {
                return Math.max(1, shop.maxBatchSize(entity));
            }
        };
    }
}
