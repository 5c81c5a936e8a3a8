package fr.passerelle.sync;

import java.time.Duration;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * When one flow of one profile runs by itself (SCH-1, issue 15 point 1), as kept in the profile's
 * settings, so profiles as code export it with the rest ({@code schedule.<flow>.*}):
 * <pre>
 * schedule.products.enabled=true
 * schedule.products.every=15m          # or: at=02:30   or: cron=0 0/5 * * * ?   or: after=categories
 * schedule.products.notBetween=08:00-20:00
 * schedule.products.whenRunning=skip   # or wait (at most maxWait, 10m by default)
 * schedule.products.retries=2          # attempts after a failed run, retryDelay apart (doubling)
 * </pre>
 * Times are Paris time. A schedule names exactly one of {@code every}, {@code cron}, {@code after}.
 */
public record FlowSchedule(boolean enabled, Kind kind, @Nullable Duration every, @Nullable String cron, @Nullable LocalTime at,
        @Nullable String after, @Nullable LocalTime quietFrom, @Nullable LocalTime quietTo,
        RunTrigger.WhenRunning whenRunning, Duration maxWait, int retries, Duration retryDelay) {

    public enum Kind {
        NONE,
        EVERY,
        /** Every day at one time of day ({@code at=02:30}): DST-safe, see {@link #of}. */
        DAILY,
        CRON,
        AFTER
    }

    public static final String PREFIX = "schedule.";
    static final Duration DEFAULT_MAX_WAIT = Duration.ofMinutes(10);
    static final Duration DEFAULT_RETRY_DELAY = Duration.ofSeconds(30);

    public static FlowSchedule none() {
        return new FlowSchedule(false, Kind.NONE, null, null, null, null, null, null, RunTrigger.WhenRunning.SKIP,
                DEFAULT_MAX_WAIT, 0, DEFAULT_RETRY_DELAY);
    }

    public static FlowSchedule every(Duration every) {
        return none().with(true, Kind.EVERY, every, null, null);
    }

    /**
     * A cron of the form "0 M H * * ?" (every day at H:M) becomes {@link #daily}: Quartz's cron
     * triggers skip a time that the spring-forward night does not have (02:30 on the last Sunday of
     * March), a daily calendar trigger runs it at 03:30 instead, once.
     */
    public static FlowSchedule cron(String cron) {
        var daily = java.util.regex.Pattern.compile("0 (\\d{1,2}) (\\d{1,2}) \\* \\* \\?").matcher(cron.strip());
        if (daily.matches()) {
            return daily(LocalTime.of(Integer.parseInt(daily.group(2)), Integer.parseInt(daily.group(1))));
        }
        return none().with(true, Kind.CRON, null, cron, null);
    }

    public static FlowSchedule daily(LocalTime at) {
        FlowSchedule s = none().with(true, Kind.DAILY, null, null, null);
        return new FlowSchedule(s.enabled, s.kind, null, null, at, null, null, null, s.whenRunning, s.maxWait, s.retries,
                s.retryDelay);
    }

    public static FlowSchedule after(String flow) {
        return none().with(true, Kind.AFTER, null, null, flow);
    }

    private FlowSchedule with(boolean on, Kind k, @Nullable Duration e, @Nullable String c, @Nullable String a) {
        return new FlowSchedule(on, k, e, c, null, a, quietFrom, quietTo, whenRunning, maxWait, retries, retryDelay);
    }

    public FlowSchedule enabled(boolean on) {
        return new FlowSchedule(on, kind, every, cron, at, after, quietFrom, quietTo, whenRunning, maxWait, retries, retryDelay);
    }

    /** Not run between these times of day (Paris), e.g. 08:00-20:00 while the shop is busy. */
    public FlowSchedule notBetween(@Nullable LocalTime from, @Nullable LocalTime to) {
        return new FlowSchedule(enabled, kind, every, cron, at, after, from, to, whenRunning, maxWait, retries, retryDelay);
    }

    public FlowSchedule whenRunning(RunTrigger.WhenRunning policy, Duration wait) {
        return new FlowSchedule(enabled, kind, every, cron, at, after, quietFrom, quietTo, policy, wait, retries, retryDelay);
    }

    public FlowSchedule retries(int count, Duration delay) {
        return new FlowSchedule(enabled, kind, every, cron, at, after, quietFrom, quietTo, whenRunning, maxWait, count, delay);
    }

    /** Has a time trigger (every or cron) to keep in Quartz. */
    public boolean timed() {
        return enabled && (kind == Kind.EVERY || kind == Kind.CRON || kind == Kind.DAILY);
    }

    /** The schedule of {@code flow} in these settings; {@link #none()} when there is none. */
    public static FlowSchedule of(Map<String, String> settings, String flow) {
        String p = PREFIX + flow + ".";
        FlowSchedule s = none();
        String every = blank(settings.get(p + "every"));
        String cron = blank(settings.get(p + "cron"));
        String after = blank(settings.get(p + "after"));
        String at = blank(settings.get(p + "at"));
        if (every != null) {
            s = every(parseDuration(every));
        } else if (at != null) {
            s = daily(LocalTime.parse(at));
        } else if (cron != null) {
            s = cron(cron);
        } else if (after != null) {
            s = after(after);
        }
        String on = blank(settings.get(p + "enabled"));
        s = s.enabled(s.kind() != Kind.NONE && (on == null || Boolean.parseBoolean(on)));
        String quiet = blank(settings.get(p + "notBetween"));
        if (quiet != null) {
            String[] range = quiet.split("-", 2);
            if (range.length != 2) {
                throw new IllegalArgumentException("notBetween is FROM-TO, e.g. 08:00-20:00, not '" + quiet + "'");
            }
            s = s.notBetween(LocalTime.parse(range[0].strip()), LocalTime.parse(range[1].strip()));
        }
        String policy = blank(settings.get(p + "whenRunning"));
        String wait = blank(settings.get(p + "maxWait"));
        s = s.whenRunning(policy == null ? (s.kind() == Kind.AFTER ? RunTrigger.WhenRunning.WAIT : RunTrigger.WhenRunning.SKIP)
                : RunTrigger.WhenRunning.valueOf(policy.toUpperCase(Locale.ROOT)),
                wait == null ? DEFAULT_MAX_WAIT : parseDuration(wait));
        String retries = blank(settings.get(p + "retries"));
        String delay = blank(settings.get(p + "retryDelay"));
        return s.retries(retries == null ? 0 : Integer.parseInt(retries),
                delay == null ? DEFAULT_RETRY_DELAY : parseDuration(delay));
    }

    /** The settings that say this schedule (every key present, empty when unused, so a change clears the old). */
    public Map<String, String> toSettings(String flow) {
        String p = PREFIX + flow + ".";
        Map<String, String> out = new LinkedHashMap<>();
        out.put(p + "enabled", String.valueOf(enabled));
        out.put(p + "every", every == null ? "" : format(every));
        out.put(p + "at", at == null ? "" : at.toString());
        out.put(p + "cron", cron == null ? "" : cron);
        out.put(p + "after", after == null ? "" : after);
        out.put(p + "notBetween", quietFrom == null || quietTo == null ? "" : quietFrom + "-" + quietTo);
        out.put(p + "whenRunning", whenRunning.name().toLowerCase(Locale.ROOT));
        out.put(p + "maxWait", format(maxWait));
        out.put(p + "retries", String.valueOf(retries));
        out.put(p + "retryDelay", format(retryDelay));
        return out;
    }

    /** A fingerprint of what Quartz must hold: a stored trigger whose fingerprint differs is replaced. */
    public String fingerprint() {
        return kind + "|" + (every == null ? "" : every.toMillis()) + "|" + cron + "|" + at + "|" + quietFrom + "-" + quietTo;
    }

    /** "15m", "30s", "2h", "1d" or ISO-8601 ("PT15M"). */
    public static Duration parseDuration(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("p")) {
            return Duration.parse(t.toUpperCase(Locale.ROOT));
        }
        if (t.length() < 2) {
            throw new IllegalArgumentException("a duration is a number and s, m, h or d (15m), not '" + text + "'");
        }
        long n = Long.parseLong(t.substring(0, t.length() - 1).strip());
        return switch (t.charAt(t.length() - 1)) {
            case 's' -> Duration.ofSeconds(n);
            case 'm' -> Duration.ofMinutes(n);
            case 'h' -> Duration.ofHours(n);
            case 'd' -> Duration.ofDays(n);
            default -> throw new IllegalArgumentException("a duration ends with s, m, h or d (15m), not '" + text + "'");
        };
    }

    static String format(Duration d) {
        long s = d.toSeconds();
        if (s % 86400 == 0 && s > 0) {
            return s / 86400 + "d";
        }
        if (s % 3600 == 0 && s > 0) {
            return s / 3600 + "h";
        }
        if (s % 60 == 0 && s > 0) {
            return s / 60 + "m";
        }
        return s + "s";
    }

    private static @Nullable String blank(@Nullable String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }
}
