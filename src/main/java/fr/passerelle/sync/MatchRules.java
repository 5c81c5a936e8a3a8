package fr.passerelle.sync;

import fr.passerelle.engine.MatchRule;
import java.util.Map;

/** A profile's match rule per flow, kept in its settings as {@code match.<flow>=adopt|report}. */
final class MatchRules {

    private MatchRules() {
    }

    static String settingKey(String flowId) {
        return "match." + flowId;
    }

    static MatchRule of(Map<String, String> settings, String flowId) {
        return "report".equals(settings.get(settingKey(flowId))) ? MatchRule.REPORT : MatchRule.ADOPT;
    }

    static String setting(MatchRule rule) {
        return rule == MatchRule.REPORT ? "report" : "adopt";
    }
}
