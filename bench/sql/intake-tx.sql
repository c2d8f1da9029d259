-- pgbench: the row writes of ONE intake (IntakeService.submit, portal with an Idempotency-Key), one transaction,
-- on a copy of intake's tables (bench_pgbench). Run with -M prepared (pgjdbc prepares too) and
-- -D agencies=16 -D clients=<pgbench's -c> -D plen=<average outbox payload length> -D dlen=<average documents length>.
-- The agencies as intake's load generators give them (since session 31; before, random, and two of pgbench's
-- clients waited for each other's sequence row where intake's never did: its limit 7-13 % low at 16 clients):
-- client c takes the agencies c, c + C, c + 2C, ... modulo 16, so at 16 clients each has an agency of its own, at
-- 64 four share each, and one client takes any of them.
-- What is NOT here: the outbox relay's later UPDATE outbox_event SET published_at (batched, other transaction),
-- the pool's validation query (only for a connection idle > 1 s since session 13) and HTTP/JSON/JWT work.
\set agency (:client_id + :clients * random(0, :agencies - 1)) % :agencies + 1
BEGIN;
SELECT CAST(payload AS text) FROM procedure_version WHERE procedure_code = 'SGDDT-015' AND NOT withdrawn ORDER BY version;
INSERT INTO dossier_sequence (agency_code, receipt_day, last_value) VALUES ('PGB' || :agency, current_date, 1)
  ON CONFLICT (agency_code, receipt_day) DO UPDATE SET last_value = dossier_sequence.last_value + 1
  RETURNING 'PGB' || :agency || '-' || to_char(current_date, 'YYMMDD') || '-' || lpad(last_value::text, greatest(4, length(last_value::text)), '0') AS code \gset
INSERT INTO dossier (code, agency_code, agency_name, field_code, field_name, procedure_code, procedure_version, procedure_name,
                     channel, applicant_type, applicant_name, applicant_id_number, applicant_phone, applicant_email,
                     applicant_address, documents, missing_components, processing_time, status, national_status_code,
                     received_at, completed_at, recorded_at, due_date, due_at, imported, in_processing, status_changed_at,
                     row_version)
VALUES (:code, 'PGB' || :agency, 'Cơ quan đo tải', 'VBCC', 'Văn bằng, chứng chỉ', 'SGDDT-015', 1,
        'Chỉnh sửa nội dung văn bằng, chứng chỉ', 'ONLINE', 'CITIZEN', 'Nguyễn Văn Đo Tải', lpad((random() * 1e12)::bigint::text, 12, '0'),
        '0912345678', 'bench@example.vn', '1 Tràng Tiền, Hà Nội', jsonb_build_array(repeat('d', :dlen)), '[]'::jsonb,
        '{"statutory":{"value":15,"unit":"WORKING_DAYS"},"committed":{"value":15,"unit":"WORKING_DAYS"}}'::jsonb,
        'RECEIVED', 2, now(), now(), now(), current_date + 21, now() + interval '21 days', false, false, now(), 0);
INSERT INTO outbox_event (event_id, topic, event_key, event_type, payload, created_at)
VALUES (gen_random_uuid(), 'intake.dossiers.v1', :code, 'org.motcua.intake.dossier-received.v1', repeat('p', :plen), now());
INSERT INTO idempotency_key (client_id, key, request_hash, response_code, response_body, dossier_code)
VALUES ('bench-portal', gen_random_uuid()::text, md5(random()::text), 201, repeat('r', 600), :code)
  ON CONFLICT DO NOTHING;
END;
