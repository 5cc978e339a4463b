#include "schema.h"

namespace rollbook {

namespace {

// Uniqueness is declared as named indexes, not column constraints, so that a bulk load can
// take them off and build them once at the end.
// Conventions: times are INTEGER Unix milliseconds in UTC, days are INTEGER days since 1970-01-01
// (UTC), money is INTEGER minor units beside an ISO 4217 code, gid is a 16-byte UUIDv7 on every
// entity that will sync, and row_version grows by one on every update.
const char *const schemaV1 = R"SQL(
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE operators (
    id INTEGER PRIMARY KEY,
    gid BLOB NOT NULL CHECK (length(gid) = 16),
    row_version INTEGER NOT NULL DEFAULT 1,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    email TEXT COLLATE NOCASE,
    role TEXT NOT NULL CHECK (role IN ('admin', 'support')),
    created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX operators_gid ON operators (gid);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    gid BLOB NOT NULL CHECK (length(gid) = 16),
    row_version INTEGER NOT NULL DEFAULT 1,
    first_name TEXT NOT NULL CHECK (length(first_name) BETWEEN 1 AND 100),
    last_name TEXT NOT NULL DEFAULT '' CHECK (length(last_name) <= 100),
    sort_name TEXT NOT NULL,
    email TEXT NOT NULL COLLATE NOCASE CHECK (length(email) BETWEEN 3 AND 254 AND instr(email, '@') > 1),
    phone TEXT CHECK (phone IS NULL OR (phone GLOB '+[1-9]*' AND length(phone) BETWEEN 4 AND 16)),
    company TEXT CHECK (company IS NULL OR length(company) <= 200),
    industry TEXT CHECK (industry IS NULL OR length(industry) <= 100),
    status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 3),
    status_reason TEXT,
    source TEXT NOT NULL DEFAULT 'admin' CHECK (source IN ('purchase', 'automation', 'admin')),
    registered_at INTEGER NOT NULL,
    last_active_at INTEGER,
    locale TEXT,
    opt_newsletter INTEGER NOT NULL DEFAULT 0 CHECK (opt_newsletter IN (0, 1)),
    opt_promotions INTEGER NOT NULL DEFAULT 0 CHECK (opt_promotions IN (0, 1)),
    credit_balance INTEGER NOT NULL DEFAULT 0,
    total_spent INTEGER NOT NULL DEFAULT 0 CHECK (total_spent >= 0),
    avg_progress INTEGER NOT NULL DEFAULT 0 CHECK (avg_progress BETWEEN 0 AND 100),
    password_hash TEXT
);
CREATE UNIQUE INDEX users_gid ON users (gid);
-- Every directory sort walks one of these; status rides along so a tab needs no table lookup.
CREATE INDEX users_by_name ON users (sort_name, status);
CREATE UNIQUE INDEX users_email ON users (email COLLATE NOCASE);
CREATE INDEX users_by_email ON users (email COLLATE NOCASE, status);
CREATE INDEX users_by_phone ON users (phone, status);
CREATE INDEX users_by_company ON users (company COLLATE NOCASE, status);
CREATE INDEX users_by_status ON users (status);
CREATE INDEX users_by_registered ON users (registered_at, status);
CREATE INDEX users_by_last_active ON users (last_active_at, status);
CREATE INDEX users_by_credit ON users (credit_balance, status);
CREATE INDEX users_by_spent ON users (total_spent, status);
CREATE INDEX users_by_progress ON users (avg_progress, status);

CREATE TABLE custom_fields (
    id INTEGER PRIMARY KEY,
    gid BLOB NOT NULL CHECK (length(gid) = 16),
    row_version INTEGER NOT NULL DEFAULT 1,
    key TEXT NOT NULL UNIQUE CHECK (key GLOB '[a-z]*' AND length(key) <= 64),
    label TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN ('text', 'number', 'date', 'bool', 'choice')),
    choices TEXT,
    required INTEGER NOT NULL DEFAULT 0,
    searchable INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX custom_fields_gid ON custom_fields (gid);

CREATE TABLE custom_values (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    field_id INTEGER NOT NULL REFERENCES custom_fields (id) ON DELETE CASCADE,
    value TEXT NOT NULL,
    PRIMARY KEY (user_id, field_id)
) WITHOUT ROWID;
CREATE INDEX custom_values_by_field ON custom_values (field_id, value);

-- The folded text that search matches: names, email, company, phone digits and searchable custom
-- fields. Kept current by the triggers below through rollbook_search_key(), which every
-- connection Rollbook opens registers; users_fts indexes it by trigrams.
CREATE TABLE user_search (
    user_id INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    key TEXT NOT NULL
);
CREATE VIRTUAL TABLE users_fts USING fts5 (
    key, content = 'user_search', content_rowid = 'user_id', tokenize = 'trigram', detail = full
);
CREATE TRIGGER user_search_ai AFTER INSERT ON user_search BEGIN
    INSERT INTO users_fts (rowid, key) VALUES (new.user_id, new.key);
END;
CREATE TRIGGER user_search_ad AFTER DELETE ON user_search BEGIN
    INSERT INTO users_fts (users_fts, rowid, key) VALUES ('delete', old.user_id, old.key);
END;
CREATE TRIGGER user_search_au AFTER UPDATE ON user_search BEGIN
    INSERT INTO users_fts (users_fts, rowid, key) VALUES ('delete', old.user_id, old.key);
    INSERT INTO users_fts (rowid, key) VALUES (new.user_id, new.key);
END;
CREATE VIEW user_search_source AS
    SELECT u.id AS user_id,
           rollbook_search_key(u.first_name || ' ' || u.last_name || ' ' || u.email || ' '
                               || coalesce(u.company, '') || ' '
                               || coalesce((SELECT group_concat(v.value, ' ') FROM custom_values v
                                            JOIN custom_fields f ON f.id = v.field_id
                                            WHERE v.user_id = u.id AND f.searchable), ''),
                               u.phone) AS key
    FROM users u;
CREATE TRIGGER users_search_ai AFTER INSERT ON users BEGIN
    INSERT INTO user_search (user_id, key) SELECT user_id, key FROM user_search_source WHERE user_id = new.id;
END;
CREATE TRIGGER users_search_au AFTER UPDATE OF first_name, last_name, email, phone, company ON users BEGIN
    UPDATE user_search SET key = (SELECT key FROM user_search_source WHERE user_id = new.id)
    WHERE user_id = new.id;
END;
CREATE TRIGGER custom_values_search_ai AFTER INSERT ON custom_values BEGIN
    UPDATE user_search SET key = (SELECT key FROM user_search_source WHERE user_id = new.user_id)
    WHERE user_id = new.user_id AND (SELECT searchable FROM custom_fields WHERE id = new.field_id);
END;
CREATE TRIGGER custom_values_search_au AFTER UPDATE ON custom_values BEGIN
    UPDATE user_search SET key = (SELECT key FROM user_search_source WHERE user_id = new.user_id)
    WHERE user_id = new.user_id AND (SELECT searchable FROM custom_fields WHERE id = new.field_id);
END;
CREATE TRIGGER custom_values_search_ad AFTER DELETE ON custom_values BEGIN
    UPDATE user_search SET key = (SELECT key FROM user_search_source WHERE user_id = old.user_id)
    WHERE user_id = old.user_id AND (SELECT searchable FROM custom_fields WHERE id = old.field_id);
END;

CREATE TABLE groups (
    id INTEGER PRIMARY KEY,
    gid BLOB NOT NULL CHECK (length(gid) = 16),
    row_version INTEGER NOT NULL DEFAULT 1,
    name TEXT NOT NULL UNIQUE
);
CREATE UNIQUE INDEX groups_gid ON groups (gid);
CREATE TABLE group_members (
    group_id INTEGER NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, user_id)
) WITHOUT ROWID;
CREATE INDEX group_members_by_user ON group_members (user_id);

CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    gid BLOB NOT NULL CHECK (length(gid) = 16),
    row_version INTEGER NOT NULL DEFAULT 1,
    kind TEXT NOT NULL CHECK (kind IN ('course', 'bundle', 'event', 'live_class', 'digital_download', 'membership')),
    title TEXT NOT NULL,
    price INTEGER NOT NULL DEFAULT 0 CHECK (price >= 0),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX products_gid ON products (gid);

CREATE TABLE enrollments (
    id INTEGER PRIMARY KEY,
    gid BLOB NOT NULL CHECK (length(gid) = 16),
    row_version INTEGER NOT NULL DEFAULT 1,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    product_id INTEGER NOT NULL REFERENCES products (id),
    status TEXT NOT NULL CHECK (status IN ('active', 'pending', 'completed', 'canceled', 'returned')),
    progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    source TEXT NOT NULL CHECK (source IN ('purchase', 'automation', 'admin')),
    enrolled_at INTEGER NOT NULL,
    completed_at INTEGER
);
CREATE UNIQUE INDEX enrollments_user_product ON enrollments (user_id, product_id);
CREATE UNIQUE INDEX enrollments_gid ON enrollments (gid);
CREATE INDEX enrollments_by_product ON enrollments (product_id, status);

CREATE TABLE payments (
    id INTEGER PRIMARY KEY,
    gid BLOB NOT NULL CHECK (length(gid) = 16),
    row_version INTEGER NOT NULL DEFAULT 1,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    product_id INTEGER REFERENCES products (id),
    amount INTEGER NOT NULL,
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    method TEXT NOT NULL CHECK (method IN ('card', 'paypal', 'transfer', 'credits')),
    status TEXT NOT NULL CHECK (status IN ('paid', 'refunded', 'failed')),
    paid_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX payments_gid ON payments (gid);
CREATE INDEX payments_by_user ON payments (user_id, paid_at);
CREATE INDEX payments_by_date ON payments (paid_at);

CREATE TABLE subscriptions (
    id INTEGER PRIMARY KEY,
    gid BLOB NOT NULL CHECK (length(gid) = 16),
    row_version INTEGER NOT NULL DEFAULT 1,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    product_id INTEGER NOT NULL REFERENCES products (id),
    status TEXT NOT NULL CHECK (status IN ('active', 'past_due', 'canceled', 'expired')),
    started_at INTEGER NOT NULL,
    renews_at INTEGER,
    canceled_at INTEGER
);
CREATE UNIQUE INDEX subscriptions_gid ON subscriptions (gid);
CREATE INDEX subscriptions_by_user ON subscriptions (user_id);

-- A user's credit_balance always equals the sum of their ledger amounts.
CREATE TABLE credit_ledger (
    id INTEGER PRIMARY KEY,
    gid BLOB NOT NULL CHECK (length(gid) = 16),
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    amount INTEGER NOT NULL CHECK (amount <> 0),
    currency TEXT NOT NULL CHECK (length(currency) = 3),
    reason TEXT NOT NULL CHECK (reason IN ('purchase', 'spend', 'complimentary', 'adjustment', 'refund')),
    note TEXT,
    operator_id INTEGER REFERENCES operators (id),
    created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX credit_ledger_gid ON credit_ledger (gid);
CREATE INDEX credit_ledger_by_user ON credit_ledger (user_id, created_at);

CREATE TABLE activity_daily (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    day INTEGER NOT NULL,
    minutes INTEGER NOT NULL CHECK (minutes >= 0),
    xp INTEGER NOT NULL DEFAULT 0,
    logins INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id, day)
) WITHOUT ROWID;
-- Platform-wide figures per day, so averages never scan activity_daily.
CREATE TABLE activity_platform_daily (
    day INTEGER PRIMARY KEY,
    active_users INTEGER NOT NULL,
    minutes INTEGER NOT NULL,
    xp INTEGER NOT NULL
);

CREATE TABLE ratings (
    id INTEGER PRIMARY KEY,
    gid BLOB NOT NULL CHECK (length(gid) = 16),
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    product_id INTEGER NOT NULL REFERENCES products (id),
    stars INTEGER NOT NULL CHECK (stars BETWEEN 1 AND 5),
    created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX ratings_gid ON ratings (gid);
CREATE INDEX ratings_by_user ON ratings (user_id);

CREATE TABLE comments (
    id INTEGER PRIMARY KEY,
    gid BLOB NOT NULL CHECK (length(gid) = 16),
    row_version INTEGER NOT NULL DEFAULT 1,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    product_id INTEGER REFERENCES products (id),
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX comments_gid ON comments (gid);
CREATE INDEX comments_by_user ON comments (user_id);

CREATE TABLE coupons (
    id INTEGER PRIMARY KEY,
    gid BLOB NOT NULL CHECK (length(gid) = 16),
    row_version INTEGER NOT NULL DEFAULT 1,
    code TEXT NOT NULL UNIQUE COLLATE NOCASE,
    percent_off INTEGER CHECK (percent_off BETWEEN 1 AND 100),
    amount_off INTEGER CHECK (amount_off > 0),
    max_uses INTEGER,
    expires_at INTEGER
);
CREATE UNIQUE INDEX coupons_gid ON coupons (gid);
CREATE TABLE coupon_redemptions (
    id INTEGER PRIMARY KEY,
    coupon_id INTEGER NOT NULL REFERENCES coupons (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    payment_id INTEGER REFERENCES payments (id) ON DELETE SET NULL,
    redeemed_at INTEGER NOT NULL
);
CREATE INDEX coupon_redemptions_by_user ON coupon_redemptions (user_id);
CREATE INDEX coupon_redemptions_by_coupon ON coupon_redemptions (coupon_id);

CREATE TABLE tests (
    id INTEGER PRIMARY KEY,
    gid BLOB NOT NULL CHECK (length(gid) = 16),
    product_id INTEGER REFERENCES products (id),
    title TEXT NOT NULL,
    questions INTEGER NOT NULL CHECK (questions > 0),
    pass_score INTEGER NOT NULL CHECK (pass_score BETWEEN 0 AND 100)
);
CREATE UNIQUE INDEX tests_gid ON tests (gid);
CREATE TABLE test_attempts (
    id INTEGER PRIMARY KEY,
    gid BLOB NOT NULL CHECK (length(gid) = 16),
    test_id INTEGER NOT NULL REFERENCES tests (id),
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
    started_at INTEGER NOT NULL,
    finished_at INTEGER
);
CREATE UNIQUE INDEX test_attempts_gid ON test_attempts (gid);
CREATE INDEX test_attempts_by_user ON test_attempts (user_id);
CREATE TABLE test_answers (
    attempt_id INTEGER NOT NULL REFERENCES test_attempts (id) ON DELETE CASCADE,
    question INTEGER NOT NULL,
    answer TEXT NOT NULL,
    correct INTEGER NOT NULL CHECK (correct IN (0, 1)),
    PRIMARY KEY (attempt_id, question)
) WITHOUT ROWID;

CREATE TABLE contests (
    id INTEGER PRIMARY KEY,
    gid BLOB NOT NULL CHECK (length(gid) = 16),
    title TEXT NOT NULL,
    closes_at INTEGER
);
CREATE UNIQUE INDEX contests_gid ON contests (gid);
CREATE TABLE contest_submissions (
    id INTEGER PRIMARY KEY,
    gid BLOB NOT NULL CHECK (length(gid) = 16),
    contest_id INTEGER NOT NULL REFERENCES contests (id),
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    score INTEGER,
    submitted_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX contest_submissions_gid ON contest_submissions (gid);
CREATE INDEX contest_submissions_by_user ON contest_submissions (user_id);

CREATE TABLE mailing_lists (
    id INTEGER PRIMARY KEY,
    gid BLOB NOT NULL CHECK (length(gid) = 16),
    row_version INTEGER NOT NULL DEFAULT 1,
    name TEXT NOT NULL UNIQUE
);
CREATE UNIQUE INDEX mailing_lists_gid ON mailing_lists (gid);
CREATE TABLE mailing_list_members (
    list_id INTEGER NOT NULL REFERENCES mailing_lists (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    added_at INTEGER NOT NULL,
    PRIMARY KEY (list_id, user_id)
) WITHOUT ROWID;
CREATE INDEX mailing_list_members_by_user ON mailing_list_members (user_id);

CREATE TABLE campaigns (
    id INTEGER PRIMARY KEY,
    gid BLOB NOT NULL CHECK (length(gid) = 16),
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('newsletter', 'promotion')),
    sent_at INTEGER
);
CREATE UNIQUE INDEX campaigns_gid ON campaigns (gid);
CREATE TABLE campaign_recipients (
    campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    opened INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (campaign_id, user_id)
) WITHOUT ROWID;
CREATE INDEX campaign_recipients_by_user ON campaign_recipients (user_id);

CREATE TABLE notifications (
    id INTEGER PRIMARY KEY,
    gid BLOB NOT NULL CHECK (length(gid) = 16),
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    channel TEXT NOT NULL CHECK (channel IN ('email', 'sms')),
    template TEXT NOT NULL,
    subject TEXT,
    body TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('queued', 'sent', 'failed')),
    created_at INTEGER NOT NULL,
    sent_at INTEGER
);
CREATE UNIQUE INDEX notifications_gid ON notifications (gid);
CREATE INDEX notifications_by_user ON notifications (user_id, created_at);

CREATE TABLE tickets (
    id INTEGER PRIMARY KEY,
    gid BLOB NOT NULL CHECK (length(gid) = 16),
    row_version INTEGER NOT NULL DEFAULT 1,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    subject TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'pending', 'solved', 'closed')),
    priority TEXT NOT NULL CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    assignee_id INTEGER REFERENCES operators (id),
    opened_at INTEGER NOT NULL,
    solved_at INTEGER
);
CREATE UNIQUE INDEX tickets_gid ON tickets (gid);
CREATE INDEX tickets_by_user ON tickets (user_id);
CREATE INDEX tickets_by_status ON tickets (status, opened_at);
CREATE TABLE ticket_messages (
    id INTEGER PRIMARY KEY,
    gid BLOB NOT NULL CHECK (length(gid) = 16),
    ticket_id INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    author_operator_id INTEGER REFERENCES operators (id),
    body TEXT NOT NULL,
    internal INTEGER NOT NULL DEFAULT 0 CHECK (internal IN (0, 1)),
    created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX ticket_messages_gid ON ticket_messages (gid);
CREATE INDEX ticket_messages_by_ticket ON ticket_messages (ticket_id, created_at);

CREATE TABLE conversations (
    id INTEGER PRIMARY KEY,
    gid BLOB NOT NULL CHECK (length(gid) = 16),
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    operator_id INTEGER NOT NULL REFERENCES operators (id),
    started_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX conversations_gid ON conversations (gid);
CREATE INDEX conversations_by_user ON conversations (user_id);
CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    gid BLOB NOT NULL CHECK (length(gid) = 16),
    conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    from_operator INTEGER NOT NULL CHECK (from_operator IN (0, 1)),
    body TEXT NOT NULL,
    sent_at INTEGER NOT NULL,
    read_at INTEGER
);
CREATE UNIQUE INDEX messages_gid ON messages (gid);
CREATE INDEX messages_by_conversation ON messages (conversation_id, sent_at);

CREATE TABLE kyc_documents (
    id INTEGER PRIMARY KEY,
    gid BLOB NOT NULL CHECK (length(gid) = 16),
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('id_card', 'passport', 'company_registration', 'proof_of_address')),
    file_name TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    content BLOB NOT NULL,
    uploaded_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX kyc_documents_gid ON kyc_documents (gid);
CREATE INDEX kyc_documents_by_user ON kyc_documents (user_id);

-- Who did what to which user and why; user_id survives a deletion as a plain number.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    gid BLOB NOT NULL CHECK (length(gid) = 16),
    operator_id INTEGER REFERENCES operators (id),
    operator_name TEXT NOT NULL,
    action TEXT NOT NULL,
    target_kind TEXT NOT NULL,
    target_id INTEGER,
    target_gid BLOB,
    before_json TEXT,
    after_json TEXT,
    reason TEXT,
    created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX audit_log_gid ON audit_log (gid);
CREATE INDEX audit_log_by_target ON audit_log (target_kind, target_id, created_at);
CREATE INDEX audit_log_by_date ON audit_log (created_at);

CREATE TABLE login_tokens (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose TEXT NOT NULL CHECK (purpose IN ('login', 'reset', 'set_password', 'impersonate')),
    token_hash BLOB NOT NULL UNIQUE,
    created_by INTEGER REFERENCES operators (id),
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
);
CREATE INDEX login_tokens_by_user ON login_tokens (user_id);

-- What sync will upload: one row per change to a synced entity, deletions included.
CREATE TABLE change_log (
    id INTEGER PRIMARY KEY,
    entity TEXT NOT NULL,
    entity_gid BLOB NOT NULL,
    operation TEXT NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
    row_version INTEGER NOT NULL,
    payload TEXT,
    created_at INTEGER NOT NULL,
    uploaded_at INTEGER
);
CREATE INDEX change_log_pending ON change_log (uploaded_at, id);
)SQL";

// Schema 2: platform-wide totals for the profile's "platform average" KPIs, kept by triggers so
// that opening a profile reads six numbers instead of counting millions of rows.
const char *const schemaV2 = R"SQL(
CREATE TABLE platform_totals (
    metric TEXT PRIMARY KEY,
    value INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TRIGGER users_totals_ai AFTER INSERT ON users BEGIN
    UPDATE platform_totals SET value = value + 1 WHERE metric = 'users';
    UPDATE platform_totals SET value = value + new.total_spent WHERE metric = 'income';
END;
CREATE TRIGGER users_totals_ad AFTER DELETE ON users BEGIN
    UPDATE platform_totals SET value = value - 1 WHERE metric = 'users';
    UPDATE platform_totals SET value = value - old.total_spent WHERE metric = 'income';
END;
CREATE TRIGGER users_totals_au AFTER UPDATE OF total_spent ON users BEGIN
    UPDATE platform_totals SET value = value + new.total_spent - old.total_spent WHERE metric = 'income';
END;
CREATE TRIGGER enrollments_totals_ai AFTER INSERT ON enrollments BEGIN
    UPDATE platform_totals SET value = value + 1 WHERE metric = 'enrollments';
    UPDATE platform_totals SET value = value + 1 WHERE metric = 'live_enrollments'
        AND (SELECT kind FROM products WHERE id = new.product_id) = 'live_class';
END;
CREATE TRIGGER enrollments_totals_ad AFTER DELETE ON enrollments BEGIN
    UPDATE platform_totals SET value = value - 1 WHERE metric = 'enrollments';
    UPDATE platform_totals SET value = value - 1 WHERE metric = 'live_enrollments'
        AND (SELECT kind FROM products WHERE id = old.product_id) = 'live_class';
END;
CREATE TRIGGER ratings_totals_ai AFTER INSERT ON ratings BEGIN
    UPDATE platform_totals SET value = value + 1 WHERE metric = 'ratings';
    UPDATE platform_totals SET value = value + new.stars WHERE metric = 'rating_stars';
END;
CREATE TRIGGER ratings_totals_ad AFTER DELETE ON ratings BEGIN
    UPDATE platform_totals SET value = value - 1 WHERE metric = 'ratings';
    UPDATE platform_totals SET value = value - old.stars WHERE metric = 'rating_stars';
END;
CREATE TRIGGER ratings_totals_au AFTER UPDATE OF stars ON ratings BEGIN
    UPDATE platform_totals SET value = value + new.stars - old.stars WHERE metric = 'rating_stars';
END;
)SQL";

// Schema 3: the dates the monthly report counts by, so that a month is an index range.
const char *const schemaV3 = R"SQL(
CREATE INDEX enrollments_by_enrolled ON enrollments (enrolled_at, product_id);
CREATE INDEX enrollments_by_completed ON enrollments (completed_at) WHERE completed_at IS NOT NULL;
CREATE INDEX credit_ledger_by_date ON credit_ledger (created_at);
CREATE INDEX tickets_by_opened ON tickets (opened_at);
CREATE INDEX tickets_by_solved ON tickets (solved_at) WHERE solved_at IS NOT NULL;
)SQL";

// Names whose capitals keep a mark ("İbrahim") were folded to a capital and sorted before "a":
// their sort and search keys are made again (first_name = first_name fires the search trigger).
const char *const schemaV4 = R"SQL(
UPDATE users SET sort_name = rollbook_name_key(first_name, last_name), first_name = first_name
    WHERE sort_name <> rollbook_name_key(first_name, last_name);
)SQL";

// No one-time link is kept in clear: queued emails keep {link}, and the link is issued when the
// email is sent (Outbox::prepareForSending). Bodies queued before keep their token no longer.
const char *const schemaV5 = R"SQL(
UPDATE notifications SET body = rollbook_without_link_tokens(body) WHERE body LIKE '%token=%';
)SQL";

// Schema 6: the command log replaces change_log. change_log held audit-style rows that could not
// be run again; each action now records the command it ran (see actions/command.h), which a
// server, or a copy of the school, replays with the same action code. Its rows stay until sync
// has sent them: state is pending, in_flight, applied, conflict or rejected.
const char *const schemaV6 = R"SQL(
DROP TABLE IF EXISTS change_log;
CREATE TABLE commands (
    id INTEGER PRIMARY KEY,
    op_id BLOB NOT NULL CHECK (length(op_id) = 16),
    action TEXT NOT NULL,
    target_gid BLOB,
    args TEXT NOT NULL,
    base TEXT NOT NULL DEFAULT '{}',
    actor_gid BLOB,
    client_time INTEGER NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'in_flight', 'applied', 'conflict', 'rejected')),
    result TEXT
);
CREATE UNIQUE INDEX commands_op_id ON commands (op_id);
CREATE INDEX commands_by_state ON commands (state, id);
)SQL";

// Schema 7: notifications are sent. Each keeps its tries, when the next is due, why the last
// failed, the mail server's id for it and its Message-ID; a sender's claim (who, until when) and
// the moment it went out (attempted_at, set before sending) make each go out at most once.
const char *const schemaV7 = R"SQL(
ALTER TABLE notifications ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE notifications ADD COLUMN next_attempt_at INTEGER;
ALTER TABLE notifications ADD COLUMN failure TEXT;
ALTER TABLE notifications ADD COLUMN provider_id TEXT;
ALTER TABLE notifications ADD COLUMN message_id TEXT;
ALTER TABLE notifications ADD COLUMN claimed_by TEXT;
ALTER TABLE notifications ADD COLUMN claimed_until INTEGER;
ALTER TABLE notifications ADD COLUMN attempted_at INTEGER;
CREATE INDEX notifications_by_status ON notifications (status, id);
)SQL";

// Counts every total afresh: once when a store moves to schema 2, and after a bulk load that ran
// without the triggers.
const char *const platformTotalsSql = R"SQL(
DELETE FROM platform_totals;
INSERT INTO platform_totals (metric, value)
    SELECT 'users', count(*) FROM users
    UNION ALL SELECT 'income', coalesce(sum(total_spent), 0) FROM users
    UNION ALL SELECT 'enrollments', count(*) FROM enrollments
    UNION ALL SELECT 'live_enrollments', count(*) FROM enrollments e JOIN products p ON p.id = e.product_id
        WHERE p.kind = 'live_class'
    UNION ALL SELECT 'ratings', count(*) FROM ratings
    UNION ALL SELECT 'rating_stars', coalesce(sum(stars), 0) FROM ratings;
)SQL";

QStringList splitStatements(const char *sql)
{
    QStringList statements;
    // Split on ';' at a line end; the trigger bodies end their inner statements with ';' too,
    // so a statement ends only at a line that ends with ';' outside BEGIN ... END.
    QString current;
    bool inTrigger = false;
    const auto lines = QString::fromUtf8(sql).split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u"--") || trimmed.isEmpty())
            continue;
        current += line + u'\n';
        if (trimmed.startsWith(u"CREATE TRIGGER"))
            inTrigger = true;
        if (inTrigger ? trimmed == u"END;" : trimmed.endsWith(u';')) {
            statements.append(current.trimmed());
            current.clear();
            inTrigger = false;
        }
    }
    return statements;
}

} // namespace

int latestSchemaVersion()
{
    return 7;
}

QStringList migrationStatements(int version)
{
    if (version == 1)
        return splitStatements(schemaV1);
    if (version == 2)
        return splitStatements(schemaV2) + splitStatements(platformTotalsSql);
    if (version == 3)
        return splitStatements(schemaV3);
    if (version == 4)
        return splitStatements(schemaV4);
    if (version == 5)
        return splitStatements(schemaV5);
    if (version == 6)
        return splitStatements(schemaV6);
    if (version == 7)
        return splitStatements(schemaV7);
    return {};
}

QStringList platformTotalsStatements()
{
    return splitStatements(platformTotalsSql);
}

} // namespace rollbook
