-- Runs once, when the postgres container starts on an empty volume: one database per service.
CREATE DATABASE timeline;
CREATE DATABASE factcheck;
