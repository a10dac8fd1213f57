package org.itqan.quran.userdata;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.itqan.quran.shared.Mushaf;
import org.itqan.quran.shared.UnicodeText;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Group khatm plans: the Quran split into 30 juz, 60 hizb or 604 pages, read together. Members join with the plan's
 * invitation token, claim parts (or the owner assigns them) and mark them complete; the owner restarts the plan for
 * another round. A claim is one conditional UPDATE ({@code WHERE claimed_by IS NULL}), so of two members claiming one
 * part at once exactly one wins and the other gets 409 with the part's current state. Non-members get 404.
 */
@Service
public class KhatmPlans {

    public static final Map<String, Integer> DIVISIONS = Map.of("juz", Mushaf.JUZS, "hizb", Mushaf.HIZBS, "page",
            Mushaf.PAGES);
    /**
     * The latest deadline a plan may have. Instants go on to the year 1000000000, but an OffsetDateTime (the JDBC
     * parameter) does not, PostgreSQL stores none after 294276, and clients' date types often end with 9999 (Python's
     * datetime): a deadline beyond it was a 500, or was stored and then broke every progress computation.
     */
    public static final Instant LATEST_DEADLINE = Instant.parse("9999-12-31T23:59:59Z");
    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    KhatmPlans(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** A plan as seen by a member: round, invitation token, members and parts of the current round. */
    public record Plan(UUID id, String name, String division, int parts, int round, @Nullable Instant deadline,
            Instant roundStartedAt, String inviteToken, @Nullable UUID owner) {
    }

    @Transactional
    public Plan create(UUID account, String name, String division, @Nullable Instant deadline) {
        if (name.isBlank() || name.length() > 100) {
            throw UserDataException.invalid("name", "name must be 1 to 100 characters and not blank");
        }
        // checked here too, not only by the REST body reader, so that every caller (GraphQL) is covered
        if (!UnicodeText.isWellFormed(name)) {
            throw UserDataException.notUnicode("name");
        }
        var parts = DIVISIONS.get(division);
        if (parts == null) {
            throw UserDataException.invalid("division", "division must be juz (30), hizb (60) or page (604)");
        }
        if (deadline != null && (!deadline.isAfter(Instant.now()) || deadline.isAfter(LATEST_DEADLINE))) {
            throw UserDataException.invalid("deadline", "deadline must be in the future and no later than "
                    + LATEST_DEADLINE);
        }
        var id = UUID.randomUUID();
        var token = new byte[24];
        RANDOM.nextBytes(token);
        var now = Clocks.now();
        jdbc.sql("INSERT INTO ud_khatm_plans (id, owner, name, division, parts, round_no, deadline, invite_token, "
                + "created_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)").params(id, account, name, division, parts,
                deadline == null ? null : OffsetDateTime.ofInstant(deadline, java.time.ZoneOffset.UTC),
                Base64.getUrlEncoder().withoutPadding().encodeToString(token), now).update();
        addParts(id, 1, parts);
        join(account, id);
        events.publishEvent(new KhatmPlanChanged(id, "created", 0));
        return plan(account, id);
    }

    /** Joins by invitation token; joining twice is harmless. */
    @Transactional
    public Plan joinByToken(UUID account, String token) {
        var id = jdbc.sql("SELECT id FROM ud_khatm_plans WHERE invite_token = ?").param(token).query(UUID.class)
                .optional().orElseThrow(() -> UserDataException.notFound("Khatm plan for this invitation"));
        if (member(account, id) == null) {
            join(account, id);
            events.publishEvent(new KhatmPlanChanged(id, "joined", 0));
        }
        return plan(account, id);
    }

    public List<Plan> plans(UUID account) {
        return jdbc.sql("SELECT p.* FROM ud_khatm_plans p JOIN ud_khatm_members m ON m.plan_id = p.id "
                + "WHERE m.account = ? ORDER BY p.created_at LIMIT 100").param(account)
                .query(KhatmPlans::map).list();
    }

    /** @throws UserDataException 404 unless the account is a member */
    public Plan plan(UUID account, UUID id) {
        requireMember(account, id);
        return jdbc.sql("SELECT * FROM ud_khatm_plans WHERE id = ?").param(id).query(KhatmPlans::map).single();
    }

    /** Claims a part of the current round for the caller, or (owner only) assigns it to {@code member}. */
    @Transactional
    public Map<String, Object> claim(UUID account, UUID id, int part, @Nullable UUID member) {
        var me = requireMember(account, id);
        var plan = plan(account, id);
        checkPart(plan, part);
        var claimant = me;
        if (member != null) {
            if (!account.equals(plan.owner())) {
                throw new UserDataException(403, "forbidden", "Only the plan's owner assigns parts", null);
            }
            claimant = jdbc.sql("SELECT id FROM ud_khatm_members WHERE plan_id = ? AND id = ?").params(id, member)
                    .query(UUID.class).optional().orElseThrow(() -> UserDataException.notFound("Member"));
        }
        int won = jdbc.sql("UPDATE ud_khatm_parts SET claimed_by = ? WHERE plan_id = ? AND round_no = ? AND part_no = ? "
                + "AND claimed_by IS NULL").params(claimant, id, plan.round(), part).update();
        var current = part(plan, part);
        if (won == 0 && !claimant.equals(current.get("claimedBy"))) {
            throw UserDataException.conflict("Part " + part + " is already claimed", current);
        }
        events.publishEvent(new KhatmPlanChanged(id, member == null ? "claimed" : "assigned", part));
        return current;
    }

    /** Marks a part complete; only the member holding it may. */
    @Transactional
    public Map<String, Object> complete(UUID account, UUID id, int part) {
        var me = requireMember(account, id);
        var plan = plan(account, id);
        checkPart(plan, part);
        if (jdbc.sql("UPDATE ud_khatm_parts SET completed_at = ? WHERE plan_id = ? AND round_no = ? AND part_no = ? "
                + "AND claimed_by = ?").params(Clocks.now(), id, plan.round(), part, me).update() == 0) {
            throw UserDataException.conflict("Claim part " + part + " before completing it", part(plan, part));
        }
        events.publishEvent(new KhatmPlanChanged(id, "completed", part));
        return part(plan, part);
    }

    /** Starts the next round (owner only): every part is open again. */
    @Transactional
    public Plan restart(UUID account, UUID id) {
        var plan = plan(account, id);
        if (!account.equals(plan.owner())) {
            throw new UserDataException(403, "forbidden", "Only the plan's owner restarts it", null);
        }
        int round = plan.round() + 1;
        jdbc.sql("UPDATE ud_khatm_plans SET round_no = ?, created_at = ? WHERE id = ? AND round_no = ?")
                .params(round, Clocks.now(), id, plan.round()).update();
        addParts(id, round, plan.parts());
        events.publishEvent(new KhatmPlanChanged(id, "restarted", 0));
        return plan(account, id);
    }

    /** Parts of the current round: number, holder (member id) and completion. */
    public List<Map<String, Object>> parts(Plan plan) {
        return jdbc.sql("SELECT part_no, claimed_by, completed_at FROM ud_khatm_parts WHERE plan_id = ? AND round_no = ? "
                + "ORDER BY part_no").params(plan.id(), plan.round()).query((rs, n) -> part(rs)).list();
    }

    /** Members: id, whether it is the caller, whether the account was deleted (anonymised). */
    public List<Map<String, Object>> members(UUID account, UUID id) {
        return jdbc.sql("SELECT id, account FROM ud_khatm_members WHERE plan_id = ? ORDER BY joined_at").param(id)
                .query((rs, n) -> {
                    var json = new LinkedHashMap<String, Object>();
                    json.put("id", rs.getObject(1, UUID.class));
                    json.put("isYou", account.equals(rs.getObject(2, UUID.class)));
                    json.put("anonymised", rs.getObject(2) == null);
                    return (Map<String, Object>) json;
                }).list();
    }

    /** Anonymises the account's memberships and hands owned plans to nobody; parts and progress stay. */
    @Transactional
    public void anonymise(UUID account) {
        jdbc.sql("UPDATE ud_khatm_members SET account = NULL WHERE account = ?").param(account).update();
        jdbc.sql("UPDATE ud_khatm_plans SET owner = NULL WHERE owner = ?").param(account).update();
    }

    private Map<String, Object> part(Plan plan, int part) {
        return jdbc.sql("SELECT part_no, claimed_by, completed_at FROM ud_khatm_parts WHERE plan_id = ? AND round_no = ? "
                + "AND part_no = ?").params(plan.id(), plan.round(), part).query((rs, n) -> part(rs)).single();
    }

    private static Map<String, Object> part(java.sql.ResultSet rs) throws java.sql.SQLException {
        var json = new LinkedHashMap<String, Object>();
        json.put("part", rs.getInt(1));
        json.put("claimedBy", rs.getObject(2, UUID.class));
        json.put("isCompleted", rs.getObject(3) != null);
        return json;
    }

    @Nullable UUID member(UUID account, UUID plan) {
        return jdbc.sql("SELECT id FROM ud_khatm_members WHERE plan_id = ? AND account = ?").params(plan, account)
                .query(UUID.class).optional().orElse(null);
    }

    private UUID requireMember(UUID account, UUID plan) {
        var member = member(account, plan);
        if (member == null) {
            throw UserDataException.notFound("Khatm plan");
        }
        return member;
    }

    private void join(UUID account, UUID plan) {
        jdbc.sql("INSERT INTO ud_khatm_members (id, plan_id, account, joined_at) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT DO NOTHING").params(UUID.randomUUID(), plan, account, Clocks.now()).update();
    }

    private void addParts(UUID plan, int round, int parts) {
        // one multi-row VALUES statement, portable across H2 and PostgreSQL (part numbers are our own integers)
        var values = new StringBuilder();
        for (int part = 1; part <= parts; part++) {
            values.append(part == 1 ? "" : ", ").append("(:plan, :round, ").append(part).append(')');
        }
        jdbc.sql("INSERT INTO ud_khatm_parts (plan_id, round_no, part_no) VALUES " + values).param("plan", plan)
                .param("round", round).update();
    }

    private static void checkPart(Plan plan, int part) {
        if (part < 1 || part > plan.parts()) {
            throw UserDataException.invalid("part", "part must be 1 to " + plan.parts());
        }
    }

    static Plan map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        var deadline = rs.getObject("deadline", OffsetDateTime.class);
        return new Plan(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("division"),
                rs.getInt("parts"), rs.getInt("round_no"), deadline == null ? null : deadline.toInstant(),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("invite_token"),
                rs.getObject("owner", UUID.class));
    }
}
