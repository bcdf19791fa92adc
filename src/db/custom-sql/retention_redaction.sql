-- Retention (usecases/retention/delete-case.ts): when a closed case's personal data is deleted after
-- its retention period, the before/after payloads of that case's audit events and the free-text
-- reasons of its ledger entries are blanked too. History stays append-only otherwise: an UPDATE is let
-- through only inside a transaction that set `vtp.redact_object` to the row's object (SET LOCAL via
-- set_config), and only when it changes nothing but those columns, to the redaction marker
-- {"redacted": true} (audit) or '' (ledger). Amounts, lines, years, actors and times cannot change.
-- DELETE and TRUNCATE stay refused.
CREATE OR REPLACE FUNCTION guard_audit_events() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND OLD.object_id = current_setting('vtp.redact_object', true)
     AND to_jsonb(NEW) - 'before' - 'after' = to_jsonb(OLD) - 'before' - 'after'
     AND (NEW.before IS NULL OR NEW.before = '{"redacted": true}'::jsonb)
     AND (NEW.after IS NULL OR NEW.after = '{"redacted": true}'::jsonb) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION '% is append-only (% refused); add a new row instead', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
DROP TRIGGER audit_events_no_update_delete ON audit_events;
--> statement-breakpoint
CREATE TRIGGER audit_events_no_update_delete
  BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION guard_audit_events();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION guard_ledger_entries() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND OLD.application_id::text = current_setting('vtp.redact_object', true)
     AND to_jsonb(NEW) - 'reason' = to_jsonb(OLD) - 'reason'
     AND NEW.reason = '' THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION '% is append-only (% refused); add a new row instead', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
DROP TRIGGER ledger_entries_no_update_delete ON ledger_entries;
--> statement-breakpoint
CREATE TRIGGER ledger_entries_no_update_delete
  BEFORE UPDATE OR DELETE ON ledger_entries
  FOR EACH ROW EXECUTE FUNCTION guard_ledger_entries();
