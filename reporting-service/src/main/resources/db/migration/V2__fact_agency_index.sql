-- Form 06 of one agency (the department's own report in a province-wide deployment): "in progress at the end of
-- day D AND agency = X". The open_range index alone visits every dossier open that day in every agency -- the
-- benchmark's database, 558,722 open dossiers, answered one agency's report in ~180 ms by a sequential scan.
-- By agency first, with what the report reads included (index-only scan).
CREATE INDEX dossier_fact_agency ON dossier_fact (agency_code)
    INCLUDE (open_range, field_code, procedure_code, due_date, supplement_requests);
