-- Retention (usecases/retention/delete-case.ts): when a closed case's personal data is deleted after
-- its retention period, the before/after payloads of that case's audit events are redacted too. The
-- audit log stays append-only otherwise: an UPDATE is let through only inside a transaction that set
-- `vtp.redact_object` to the event's object id (SET LOCAL), and only when it changes nothing but
-- `before`/`after`, to the marker {"redacted": true} (or null). DELETE and TRUNCATE stay refused.
CREATE OR REPLACE FUNCTION guard_audit_events() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND NEW.object_id = current_setting('vtp.redact_object', true)
     AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.action = OLD.action AND NEW.object_type = OLD.object_type
     AND NEW.object_id = OLD.object_id
     AND NEW.actor_user_id IS NOT DISTINCT FROM OLD.actor_user_id
     AND NEW.organisation_id IS NOT DISTINCT FROM OLD.organisation_id
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
