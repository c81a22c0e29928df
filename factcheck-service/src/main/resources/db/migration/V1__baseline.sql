-- factcheck-service's own database. Discrepancies and corrections arrive with their own
-- migrations; this baseline only marks the schema as managed by Flyway.
comment on schema public is 'factcheck-service: discrepancies between sources and corrections';
