package fr.passerelle.webhook;

import fr.passerelle.engine.RunOptions;
import fr.passerelle.engine.RunSummary;
import fr.passerelle.sync.FlowSync;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The slow path that keeps the fast one honest: a normal (incremental) run of the orders flow
 * imports every order changed since the last poll, whatever the webhooks delivered or missed
 * (the shop was down, the webhook disabled, a delivery lost), and the webhooks the shop stopped
 * delivering are registered again. A plain method for the scheduler to call; orders a webhook
 * already imported are unchanged (their id link and payload hash) and written nowhere.
 */
@Service
public class OrderReconciliation {

    /** What a reconciliation did: the run, and the webhook topics registered again. */
    public record Result(RunSummary orders, List<String> reRegistered) {
    }

    private final FlowSync sync;
    private final WebhookRegistrar registrar;
    private final ProfileLocks locks;

    OrderReconciliation(FlowSync sync, WebhookRegistrar registrar, ProfileLocks locks) {
        this.sync = sync;
        this.registrar = registrar;
        this.locks = locks;
    }

    public Result reconcile(long profileId) {
        List<String> again = registrar.ensure(profileId);
        RunSummary orders = locks.run(profileId, () -> sync.run(profileId, "orders", RunOptions.normal()));
        return new Result(orders, again);
    }
}
